"""What an ESP's API answers, as anymail raises it: for tests that make sending fail (``esp_fails`` fixture)."""

from __future__ import annotations

import json

import requests
from anymail.exceptions import AnymailAPIError


def esp_error(status: int, text: str = "Temporarily overloaded") -> AnymailAPIError:
    response = requests.Response()
    response.status_code = status
    response.reason = "Service Unavailable" if status >= 500 else "Bad Request"
    response._content = json.dumps({"message": text}).encode()
    return AnymailAPIError("ESP API response", status_code=status, response=response, esp_name="Brevo")
