"""The public, read-only job API of the career site: ``/api/v1/careers/jobs/`` and ``.../<slug>/``.

No authentication: it shows what the career site shows (open, public jobs) and nothing more: never the hiring
team, the requirements used for matching, the counts, nor the salary of a job that does not show it.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field, extend_schema_view
from rest_framework import serializers, viewsets
from rest_framework.pagination import PageNumberPagination
from rest_framework.permissions import AllowAny
from rest_framework.reverse import reverse

from accounts.access import ACCESS_ATTRIBUTE, PUBLIC

from .models import ContractType, Job, RemotePolicy
from .selectors import careers_jobs


class CareersPagination(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200


class SalarySerializer(serializers.Serializer):
    minimum = serializers.IntegerField(allow_null=True)
    maximum = serializers.IntegerField(allow_null=True)
    currency = serializers.CharField()
    period = serializers.CharField()


class CareersJobOutputSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField(help_text=_("The job's page on the career site."))
    apply_url = serializers.SerializerMethodField(help_text=_("The application form."))
    salary = serializers.SerializerMethodField(help_text=_("Only when the job shows its salary."))

    class Meta:
        model = Job
        fields = [
            "slug",
            "title",
            "department",
            "city",
            "country",
            "remote_policy",
            "contract_type",
            "language",
            "published_at",
            "closing_date",
            "url",
            "apply_url",
            "salary",
        ]
        read_only_fields = fields

    def _absolute(self, name: str, job: Job) -> str:
        return reverse(name, kwargs={"slug": job.slug}, request=self.context.get("request"))

    def get_url(self, job: Job) -> str:
        return self._absolute("careers:job_detail", job)

    def get_apply_url(self, job: Job) -> str:
        return self._absolute("careers:apply", job)

    @extend_schema_field(SalarySerializer(allow_null=True))
    def get_salary(self, job: Job) -> dict[str, Any] | None:
        if not job.show_salary or not (job.salary_min or job.salary_max):
            return None
        return {
            "minimum": job.salary_min,
            "maximum": job.salary_max,
            "currency": job.salary_currency,
            "period": job.salary_period,
        }


class CareersJobDetailOutputSerializer(CareersJobOutputSerializer):
    class Meta(CareersJobOutputSerializer.Meta):
        fields = [*CareersJobOutputSerializer.Meta.fields, "description"]
        read_only_fields = fields


_FILTERS = [
    OpenApiParameter("q", OpenApiTypes.STR, description="Words of the title, description or department."),
    OpenApiParameter("location", OpenApiTypes.STR, description="City."),
    OpenApiParameter("department", OpenApiTypes.STR),
    OpenApiParameter("contract", OpenApiTypes.STR, enum=ContractType.values),
    OpenApiParameter("remote", OpenApiTypes.STR, enum=RemotePolicy.values),
]


@extend_schema_view(
    list=extend_schema(summary="Open jobs of the career site", auth=[], parameters=_FILTERS),
    retrieve=extend_schema(summary="One open job of the career site", auth=[]),
)
class CareersJobViewSet(viewsets.ReadOnlyModelViewSet):
    """Open, public jobs (the newest first). The description is HTML, sanitized when the job was saved."""

    authentication_classes: list[Any] = []
    permission_classes = [AllowAny]
    pagination_class = CareersPagination
    lookup_field = "slug"
    lookup_value_regex = "[-a-zA-Z0-9_]+"

    def get_queryset(self) -> Any:
        if self.action != "list":
            return careers_jobs()
        params = self.request.query_params
        # The career site's own filters; values outside the choices simply match nothing.
        return careers_jobs(
            query=str(params.get("q", ""))[:200],
            city=str(params.get("location", ""))[:120],
            department=str(params.get("department", ""))[:120],
            contract=str(params.get("contract", ""))[:20],
            remote=str(params.get("remote", ""))[:10],
        )

    def get_serializer_class(self) -> Any:
        return CareersJobDetailOutputSerializer if self.action == "retrieve" else CareersJobOutputSerializer


# Declared for the access matrix (accounts.access.public, for a viewset class): anyone may read it.
setattr(CareersJobViewSet, ACCESS_ATTRIBUTE, frozenset({PUBLIC}))
