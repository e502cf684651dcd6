from django.conf import settings
from django.http import HttpRequest


def site(request: HttpRequest) -> dict:
    return {"COMPANY_NAME": settings.COMPANY_NAME}
