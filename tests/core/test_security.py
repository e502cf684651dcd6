"""Security baseline: Django's deployment checks are clean on production settings, and pages carry the
protective headers (CSP without inline code, no sniffing, no framing, a referrer policy)."""

from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

BASE_DIR = Path(__file__).resolve().parents[2]


def production_env(**overrides: str | None) -> dict[str, str]:
    """A clean environment with exactly the values production requires (nothing inherited that could relax a
    setting, such as SECURE_SSL_REDIRECT=false)."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "DJANGO_SETTINGS_MODULE": "recruiting.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "recruiting.example.com",
        # Never contacted: neither importing the settings nor the checks open a connection.
        "DATABASE_URL": "postgres://recruiting@db.invalid:5432/recruiting",
        "REDIS_URL": "redis://redis.invalid:6379/0",
        "VAR_DIR": str(Path(settings.VAR_DIR)),
    }
    for name, value in overrides.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=120
    )


def test_deployment_checks_are_clean_on_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout, result.stdout + result.stderr


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL"])
def test_production_refuses_to_start_without_a_required_value(missing):
    # An unset DATABASE_URL / REDIS_URL must not quietly start the embedded development servers.
    result = manage("check", env=production_env(**{missing: None}))
    assert result.returncode != 0
    assert f"Set the {missing} environment variable" in result.stderr


@pytest.mark.django_db
def test_pages_carry_the_security_headers(client):
    response = client.get(reverse("accounts:login"))
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    directives = {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}
    assert "'unsafe-inline'" not in policy
    assert "'unsafe-eval'" not in policy
    assert directives["default-src"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["object-src"] == ["'none'"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def variables_read_by_the_settings() -> set[str]:
    reader = r"\benv(?:\.\w+)?\(|os\.environ(?:\.get|\.setdefault)?\(|os\.environ\["
    pattern = re.compile(rf"""(?:{reader})\s*["']([A-Z][A-Z0-9_]+)["']""")
    sources = [*(BASE_DIR / "recruiting" / "settings").glob("*.py"), BASE_DIR / "recruiting" / "launcher.py"]
    return {name for source in sources for name in pattern.findall(source.read_text())}


def test_every_environment_variable_is_documented():
    """A value nobody knows about is a value nobody sets: .env.example and the README list them all."""
    names = variables_read_by_the_settings()
    assert {"SECRET_KEY", "DATABASE_URL", "REDIS_URL", "CELERY_VISIBILITY_TIMEOUT"} <= names  # the scan works
    example = (BASE_DIR / ".env.example").read_text()
    readme = (BASE_DIR / "README.md").read_text()
    assert [name for name in sorted(names) if not re.search(rf"^#? ?{name}=", example, re.MULTILINE)] == []
    assert [name for name in sorted(names) if f"`{name}`" not in readme] == []


@pytest.mark.django_db
def test_api_docs_load_nothing_from_another_host(client):
    """Pages never call a third-party host (privacy, offline installs): Swagger UI comes from our static files."""
    response = client.get(reverse("api-docs"))
    assert response.status_code == 200
    html = response.content.decode()
    assert re.findall(r"""(?:src|href)=["'](https?:)?//""", html) == []
    assert "<script>" not in html.replace(" ", "")  # no inline script: CSP forbids it
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/" in html
