from django.urls import include, path
from rest_framework.routers import SimpleRouter

from . import api

router = SimpleRouter()
router.register("candidates", api.CandidateViewSet, basename="candidate")

urlpatterns = [path("", include((router.urls, "api"), namespace="api"))]
