"""REST endpoints for people (read-only for now). Reads go through selectors, so scoping is the same as in the
HTML workspace: hiring managers get an empty list and a 404 on any person."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field, extend_schema_view
from rest_framework import serializers, viewsets
from rest_framework.exceptions import NotFound
from rest_framework.pagination import PageNumberPagination
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.access import signed_in_api

from . import selectors
from .models import Candidate, CandidateLanguage, CandidateSkill

BIGINT_MAX = 2**63 - 1


class CandidatePagination(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200


# --- Input ---------------------------------------------------------------------------------------------------


class CandidateFilterSerializer(serializers.Serializer):
    """Query parameters of the list. Invalid values answer 400, never an empty list that hides a typo."""

    q = serializers.CharField(
        required=False, allow_blank=True, max_length=200, help_text=_("Full-text search (prefix match on words).")
    )
    tag = serializers.CharField(required=False, allow_blank=True, max_length=60, help_text=_("Tag name."))
    # The query parameter is called "source"; the name shadows Field.source only for the type checker.
    source = serializers.CharField(  # type: ignore[assignment]
        required=False, allow_blank=True, max_length=100, help_text=_("First-touch source (case-insensitive).")
    )
    owner = serializers.IntegerField(
        required=False, min_value=1, max_value=BIGINT_MAX, help_text=_("Id of the owning user.")
    )
    created_after = serializers.DateField(required=False, help_text=_("Created on or after this date."))
    created_before = serializers.DateField(required=False, help_text=_("Created on or before this date."))
    email = serializers.CharField(
        required=False, allow_blank=True, max_length=254, help_text=_("E-mail address (main or other).")
    )
    ordering = serializers.ChoiceField(
        required=False,
        choices=list(selectors.CANDIDATE_ORDERINGS),
        help_text=_("Sort order; by default best matches first when searching, else newest first."),
    )

    def selector_arguments(self) -> dict[str, Any]:
        data = self.validated_data
        return {
            "query": data.get("q", ""),
            "tag": data.get("tag", ""),
            "source": data.get("source", ""),
            "owner_id": data.get("owner"),
            "created_after": data.get("created_after"),
            "created_before": data.get("created_before"),
            "email": data.get("email", ""),
            "ordering": data.get("ordering", ""),
        }


# --- Output --------------------------------------------------------------------------------------------------


class CandidateListOutputSerializer(serializers.ModelSerializer):
    full_name = serializers.CharField(read_only=True)
    tags = serializers.SerializerMethodField()
    owner = serializers.IntegerField(source="owner_id", allow_null=True, read_only=True)

    class Meta:
        model = Candidate
        fields = [
            "id",
            "full_name",
            "first_name",
            "last_name",
            "email",
            "phone",
            "city",
            "country",
            "headline",
            "current_title",
            "current_employer",
            "source",
            "owner",
            "tags",
            "do_not_contact",
            "created_at",
            "last_activity_at",
        ]
        read_only_fields = fields

    def get_tags(self, candidate: Candidate) -> list[str]:
        # .all() reads the list's prefetch: no query per row.
        return [tag.name for tag in candidate.tags.all()]


class CandidateSkillOutputSerializer(serializers.ModelSerializer):
    slug = serializers.CharField(source="skill.slug", read_only=True)
    label_en = serializers.CharField(source="skill.label_en", read_only=True)
    label_fr = serializers.CharField(source="skill.label_fr", read_only=True)

    class Meta:
        model = CandidateSkill
        fields = ["slug", "label_en", "label_fr", "source", "years"]
        read_only_fields = fields


class CandidateLanguageOutputSerializer(serializers.ModelSerializer):
    class Meta:
        model = CandidateLanguage
        fields = ["language", "level", "source"]
        read_only_fields = fields


class ConsentSummaryOutputSerializer(serializers.Serializer):
    purpose = serializers.CharField()
    active = serializers.BooleanField(source="is_active")
    legal_basis = serializers.CharField(source="active.legal_basis", allow_null=True, default=None)
    text_version = serializers.CharField(source="active.text_version", allow_null=True, default=None)
    channel = serializers.CharField(source="active.channel", allow_null=True, default=None)
    granted_at = serializers.DateTimeField(source="active.granted_at", allow_null=True, default=None)
    expires_at = serializers.DateTimeField(source="active.expires_at", allow_null=True, default=None)
    grants = serializers.IntegerField(source="grant_count", help_text=_("How many grants the ledger holds."))


class CandidateDetailOutputSerializer(CandidateListOutputSerializer):
    skills = CandidateSkillOutputSerializer(source="skill_links", many=True, read_only=True)
    languages = CandidateLanguageOutputSerializer(many=True, read_only=True)
    consents = serializers.SerializerMethodField()

    class Meta(CandidateListOutputSerializer.Meta):
        fields = [
            *CandidateListOutputSerializer.Meta.fields,
            "other_emails",
            "other_phones",
            "years_experience",
            "links",
            "source_medium",
            "source_campaign",
            "updated_at",
            "skills",
            "languages",
            "consents",
        ]
        read_only_fields = fields

    @extend_schema_field(ConsentSummaryOutputSerializer(many=True))
    def get_consents(self, candidate: Candidate) -> Any:
        states = selectors.candidate_consent_states(candidate=candidate)
        return ConsentSummaryOutputSerializer(states, many=True).data


# --- Endpoints -----------------------------------------------------------------------------------------------


@signed_in_api
@extend_schema_view(
    list=extend_schema(
        summary="List candidates",
        parameters=[CandidateFilterSerializer],
        responses=CandidateListOutputSerializer,
    ),
    retrieve=extend_schema(
        summary="One candidate",
        parameters=[OpenApiParameter("id", OpenApiTypes.INT, OpenApiParameter.PATH, description="Candidate id.")],
        responses=CandidateDetailOutputSerializer,
    ),
)
class CandidateViewSet(viewsets.GenericViewSet):
    pagination_class = CandidatePagination
    lookup_field = "id"
    lookup_value_regex = "[0-9]+"
    # For schema introspection only: every read goes through the selectors.
    queryset = Candidate.objects.none()
    serializer_class = CandidateListOutputSerializer

    def list(self, request: Request) -> Response:
        filters = CandidateFilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        candidates = selectors.candidate_list(user=request.user, **filters.selector_arguments())
        page = self.paginate_queryset(candidates)
        return self.get_paginated_response(CandidateListOutputSerializer(page, many=True).data)

    def retrieve(self, request: Request, id: str) -> Response:
        try:
            candidate = selectors.candidate_profile(user=request.user, pk=int(id))
        except Candidate.DoesNotExist as missing:
            raise NotFound from missing
        return Response(CandidateDetailOutputSerializer(candidate).data)
