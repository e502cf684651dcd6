import pytest


@pytest.mark.django_db
def test_healthz_reports_database_and_broker(client):
    response = client.get("/healthz")
    body = response.json()
    assert response.status_code == 200, body
    assert body["database"] == "ok"
    assert body["broker"] == "ok"
    assert isinstance(body["workers"], int)
