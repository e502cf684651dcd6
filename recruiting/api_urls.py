from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import SimpleRouter

from accounts.access import public
from ats import api as ats_api
from ats import api_careers
from candidates.api_urls import router as candidates_router
from messaging import api as messaging_api

from . import api

# One router, one "api" namespace: each app's collections join it (a second include under the same namespace
# would make Django resolve only the first one's names).
router = SimpleRouter()
router.registry.extend(candidates_router.registry)
router.register("templates", messaging_api.TemplateViewSet, basename="template")
router.register("messages", messaging_api.MessageViewSet, basename="message")
router.register("jobs", ats_api.JobViewSet, basename="job")
router.register("applications", ats_api.ApplicationViewSet, basename="application")
# The career site's public, read-only job list (no authentication: what /careers/ shows, nothing more).
router.register("careers/jobs", api_careers.CareersJobViewSet, basename="careers-job")

urlpatterns = [
    path("v1/", api.api_root, name="api-root"),
    path("v1/", include((router.urls, "api"), namespace="api")),
    # The schema describes endpoints, never data: public, so API clients and tools can read it before they
    # hold a token. The split view serves Swagger UI's start-up script as a file (CSP forbids inline scripts).
    path("schema/", public(SpectacularAPIView.as_view()), name="api-schema"),
    path("docs/", public(SpectacularSwaggerSplitView.as_view(url_name="api-schema")), name="api-docs"),
]
