from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.reverse import reverse

from accounts.access import signed_in_api


@signed_in_api
@extend_schema(
    summary="API root",
    responses=inline_serializer(
        name="ApiRootOutput",
        fields={
            "candidates": serializers.URLField(),
            "templates": serializers.URLField(),
            "messages": serializers.URLField(),
            "schema": serializers.URLField(),
            "docs": serializers.URLField(),
        },
    ),
)
@api_view(["GET"])
@permission_classes([IsAuthenticated])
def api_root(request: Request, format: str | None = None) -> Response:
    """Entry point of the REST API: links to every collection."""
    return Response(
        {
            "candidates": reverse("api:candidate-list", request=request, format=format),
            "templates": reverse("api:template-list", request=request, format=format),
            "messages": reverse("api:message-list", request=request, format=format),
            "schema": reverse("api-schema", request=request, format=format),
            "docs": reverse("api-docs", request=request, format=format),
        }
    )
