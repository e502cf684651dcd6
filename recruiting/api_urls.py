from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from accounts.access import public

from . import api

urlpatterns = [
    path("v1/", api.api_root, name="api-root"),
    path("v1/", include("candidates.api_urls")),
    # The schema describes endpoints, never data: public, so API clients and tools can read it before they
    # hold a token. The split view serves Swagger UI's start-up script as a file (CSP forbids inline scripts).
    path("schema/", public(SpectacularAPIView.as_view()), name="api-schema"),
    path("docs/", public(SpectacularSwaggerSplitView.as_view(url_name="api-schema")), name="api-docs"),
]
