"""REST endpoints for e-mail templates and messages (read-only). Reads go through selectors, so scoping is the
same as in the HTML pages: hiring managers get empty lists and a 404 on any id. A message's HTML body is only
in its detail, never in the list."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import serializers, viewsets
from rest_framework.exceptions import NotFound
from rest_framework.pagination import PageNumberPagination
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.access import signed_in_api

from . import selectors
from .models import DeliveryEvent, Direction, Message, MessageStatus, Purpose, Template, TemplateVersion

BIGINT_MAX = 2**63 - 1


class MessagingPagination(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200


# --- Templates -------------------------------------------------------------------------------------------------


class TemplateFilterSerializer(serializers.Serializer):
    purpose = serializers.ChoiceField(required=False, choices=Purpose.choices, help_text=_("Only this purpose."))


class TemplateVersionOutputSerializer(serializers.ModelSerializer):
    languages = serializers.ListField(child=serializers.CharField(), read_only=True, help_text=_("Complete languages."))

    class Meta:
        model = TemplateVersion
        fields = ["number", "languages", "subject_fr", "subject_en", "created_at"]
        read_only_fields = fields


class TemplateVersionDetailOutputSerializer(TemplateVersionOutputSerializer):
    class Meta(TemplateVersionOutputSerializer.Meta):
        fields = [*TemplateVersionOutputSerializer.Meta.fields, "body_fr", "body_en"]
        read_only_fields = fields


class TemplateOutputSerializer(serializers.ModelSerializer):
    current_version = TemplateVersionOutputSerializer(read_only=True, allow_null=True)
    version_count = serializers.IntegerField(read_only=True, help_text=_("How many versions were saved."))

    class Meta:
        model = Template
        fields = [
            "id",
            "name",
            "purpose",
            "is_default",
            "is_active",
            "is_marketing",
            "current_version",
            "version_count",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class TemplateDetailOutputSerializer(TemplateOutputSerializer):
    current_version = TemplateVersionDetailOutputSerializer(read_only=True, allow_null=True)


_ID = OpenApiParameter("id", OpenApiTypes.INT, OpenApiParameter.PATH)


@signed_in_api
@extend_schema_view(
    list=extend_schema(summary="List e-mail templates", parameters=[TemplateFilterSerializer]),
    retrieve=extend_schema(summary="One e-mail template", parameters=[_ID], responses=TemplateDetailOutputSerializer),
)
class TemplateViewSet(viewsets.GenericViewSet):
    pagination_class = MessagingPagination
    lookup_field = "id"
    lookup_value_regex = "[0-9]+"
    queryset = Template.objects.none()  # for schema introspection only: reads go through the selectors
    serializer_class = TemplateOutputSerializer

    def list(self, request: Request) -> Response:
        filters = TemplateFilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        templates = selectors.templates_visible_to(request.user, purpose=filters.validated_data.get("purpose", ""))
        page = self.paginate_queryset(templates)
        return self.get_paginated_response(TemplateOutputSerializer(page, many=True).data)

    def retrieve(self, request: Request, id: str) -> Response:
        template = selectors.templates_visible_to(request.user).filter(pk=int(id)).first()
        if template is None:
            raise NotFound
        return Response(TemplateDetailOutputSerializer(template).data)


# --- Messages --------------------------------------------------------------------------------------------------


class MessageFilterSerializer(serializers.Serializer):
    """Query parameters of the list. Invalid values answer 400, never an empty list that hides a typo."""

    candidate = serializers.IntegerField(
        required=False, min_value=1, max_value=BIGINT_MAX, help_text=_("Id of the candidate.")
    )
    status = serializers.ChoiceField(required=False, choices=MessageStatus.choices, help_text=_("Status."))
    direction = serializers.ChoiceField(required=False, choices=Direction.choices, help_text=_("Sent or received."))


class MessageOutputSerializer(serializers.ModelSerializer):
    candidate = serializers.IntegerField(source="candidate_id", read_only=True)
    template = serializers.IntegerField(
        source="template_version.template_id", read_only=True, allow_null=True, default=None
    )
    template_version = serializers.IntegerField(
        source="template_version.number", read_only=True, allow_null=True, default=None
    )
    created_by = serializers.IntegerField(source="created_by_id", read_only=True, allow_null=True)
    in_reply_to = serializers.IntegerField(source="in_reply_to_id", read_only=True, allow_null=True)

    class Meta:
        model = Message
        fields = [
            "id",
            "candidate",
            "direction",
            "purpose",
            "is_marketing",
            "status",
            "status_reason",
            "status_changed_at",
            "from_email",
            "to_email",
            "reply_to",
            "subject",
            "language",
            "template",
            "template_version",
            "send_after",
            "sent_at",
            "created_at",
            "created_by",
            "in_reply_to",
        ]
        read_only_fields = fields


class DeliveryEventOutputSerializer(serializers.ModelSerializer):
    class Meta:
        model = DeliveryEvent
        fields = ["kind", "occurred_at", "description", "esp_name"]
        read_only_fields = fields


class MessageDetailOutputSerializer(MessageOutputSerializer):
    events = DeliveryEventOutputSerializer(many=True, read_only=True)

    class Meta(MessageOutputSerializer.Meta):
        fields = [*MessageOutputSerializer.Meta.fields, "body_text", "body_html", "events"]
        read_only_fields = fields


@signed_in_api
@extend_schema_view(
    list=extend_schema(summary="List e-mails", parameters=[MessageFilterSerializer]),
    retrieve=extend_schema(summary="One e-mail", parameters=[_ID], responses=MessageDetailOutputSerializer),
)
class MessageViewSet(viewsets.GenericViewSet):
    pagination_class = MessagingPagination
    lookup_field = "id"
    lookup_value_regex = "[0-9]+"
    queryset = Message.objects.none()  # for schema introspection only: reads go through the selectors
    serializer_class = MessageOutputSerializer

    def list(self, request: Request) -> Response:
        filters = MessageFilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        data: dict[str, Any] = filters.validated_data
        messages = selectors.message_list(
            user=request.user,
            candidate_id=data.get("candidate"),
            status=data.get("status", ""),
            direction=data.get("direction", ""),
        ).defer("body_html", "body_text")
        page = self.paginate_queryset(messages)
        return self.get_paginated_response(MessageOutputSerializer(page, many=True).data)

    def retrieve(self, request: Request, id: str) -> Response:
        message = selectors.message_get(user=request.user, pk=int(id))  # Http404 → 404
        return Response(MessageDetailOutputSerializer(message).data)
