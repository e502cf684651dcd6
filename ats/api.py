"""REST endpoints for jobs and applications. Reads go through the selectors, so scoping is the same as in the HTML
workspace: a hiring manager lists only the jobs they hire for and their applications, and gets a 404 on any
other id. Writes (create and edit a job, move and reject an application) call the same services as the pages
and are for recruiters and admins (403 for a hiring manager)."""

from __future__ import annotations

import datetime
from typing import Any

from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.access import signed_in_api
from accounts.models import Role

from . import selectors, services
from .models import (
    Application,
    ApplicationStatus,
    ContractType,
    EducationLevel,
    Job,
    JobStatus,
    RejectionReason,
    RemotePolicy,
    SalaryPeriod,
    Stage,
)
from .selectors_workspace import (
    APPLICATION_ORDERINGS,
    DEFAULT_ORDERING,
    ApplicationFilters,
    filter_applications,
    is_staff,
)

BIGINT_MAX = 2**63 - 1
ID_PARAMETER = OpenApiParameter("id", OpenApiTypes.INT, OpenApiParameter.PATH)


class AtsPagination(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200


def _staff_only(request: Request) -> None:
    if not is_staff(request.user):
        raise PermissionDenied(_("Only recruiters and admins may do this."))


def _service_error(error: services.JobError | services.ApplicationError) -> ValidationError:
    return ValidationError({error.field or "non_field_errors": [error.message]})


# --- Jobs ------------------------------------------------------------------------------------------------------


class JobFilterSerializer(serializers.Serializer):
    status = serializers.ChoiceField(required=False, choices=JobStatus.choices, help_text=_("Only this status."))


class StageOutputSerializer(serializers.ModelSerializer):
    class Meta:
        model = Stage
        fields = ["id", "name", "kind", "position", "target_days", "email_template"]
        read_only_fields = fields


class JobOutputSerializer(serializers.ModelSerializer):
    hiring_managers: serializers.PrimaryKeyRelatedField[Any] = serializers.PrimaryKeyRelatedField(
        many=True, read_only=True
    )
    recruiters: serializers.PrimaryKeyRelatedField[Any] = serializers.PrimaryKeyRelatedField(many=True, read_only=True)
    active_count = serializers.IntegerField(read_only=True, help_text=_("Applications in progress."))
    hired_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Job
        fields = [
            "id",
            "title",
            "slug",
            "status",
            "department",
            "city",
            "country",
            "remote_policy",
            "contract_type",
            "language",
            "openings",
            "confidential",
            "closing_date",
            "salary_min",
            "salary_max",
            "salary_currency",
            "salary_period",
            "show_salary",
            "min_years_experience",
            "education_level",
            "hiring_managers",
            "recruiters",
            "active_count",
            "hired_count",
            "published_at",
            "created_at",
        ]
        read_only_fields = fields


class SkillRequirementOutputSerializer(serializers.Serializer):
    slug = serializers.CharField(source="skill.slug")
    label_fr = serializers.CharField(source="skill.label_fr")
    label_en = serializers.CharField(source="skill.label_en")
    must_have = serializers.BooleanField(source="required", help_text=_("Must have (true) or nice to have (false)."))


class LanguageRequirementOutputSerializer(serializers.Serializer):
    language = serializers.CharField()
    level = serializers.CharField()


class JobDetailOutputSerializer(JobOutputSerializer):
    description = serializers.CharField(read_only=True, help_text=_("Sanitized HTML."))
    stages = StageOutputSerializer(many=True, read_only=True)
    skills = SkillRequirementOutputSerializer(source="skill_requirements", many=True, read_only=True)
    languages = LanguageRequirementOutputSerializer(source="language_requirements", many=True, read_only=True)

    class Meta(JobOutputSerializer.Meta):
        fields = [*JobOutputSerializer.Meta.fields, "description", "stages", "skills", "languages"]
        read_only_fields = fields


class JobInputSerializer(serializers.Serializer):
    """The fields a job takes. On update, only the fields sent change."""

    title = serializers.CharField(max_length=200)
    description = serializers.CharField(required=False, allow_blank=True, help_text=_("HTML; sanitized when saved."))
    department = serializers.CharField(required=False, allow_blank=True, max_length=120)
    city = serializers.CharField(required=False, allow_blank=True, max_length=120)
    country = serializers.CharField(required=False, allow_blank=True, max_length=2)
    remote_policy = serializers.ChoiceField(required=False, choices=RemotePolicy.choices)
    contract_type = serializers.ChoiceField(required=False, choices=ContractType.choices)
    language = serializers.CharField(required=False, max_length=8)
    openings = serializers.IntegerField(required=False, min_value=1, max_value=999)
    confidential = serializers.BooleanField(required=False)
    closing_date = serializers.DateField(required=False, allow_null=True)
    salary_min = serializers.IntegerField(required=False, allow_null=True, min_value=0)
    salary_max = serializers.IntegerField(required=False, allow_null=True, min_value=0)
    salary_currency = serializers.CharField(required=False, min_length=3, max_length=3)
    salary_period = serializers.ChoiceField(required=False, choices=SalaryPeriod.choices)
    show_salary = serializers.BooleanField(required=False)
    min_years_experience = serializers.IntegerField(required=False, allow_null=True, min_value=0, max_value=60)
    education_level = serializers.ChoiceField(required=False, choices=EducationLevel.choices)
    hiring_managers = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=BIGINT_MAX), required=False, help_text=_("User ids.")
    )
    recruiters = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=BIGINT_MAX), required=False, help_text=_("User ids.")
    )

    def _users(self, ids: list[int], allowed: tuple[str, ...], field: str) -> list[Any]:
        from django.contrib.auth import get_user_model

        users = list(get_user_model().objects.filter(pk__in=ids, is_active=True, role__in=allowed))
        if len(users) != len(set(ids)):
            raise ValidationError({field: [_("Unknown user, or a user without the right role.")]})
        return users

    def service_arguments(self) -> dict[str, Any]:
        data = dict(self.validated_data)
        if "hiring_managers" in data:
            data["hiring_managers"] = self._users(data["hiring_managers"], (Role.HIRING_MANAGER,), "hiring_managers")
        if "recruiters" in data:
            data["recruiters"] = self._users(data["recruiters"], (Role.RECRUITER, Role.ADMIN), "recruiters")
        return data


def _job_detail(user: Any, pk: int) -> Job:
    job = selectors.job_get(user=user, pk=pk)  # Http404 → 404
    return (
        Job.objects.filter(pk=job.pk)
        .prefetch_related(
            "hiring_managers",
            "recruiters",
            "stages",
            "skill_requirements__skill",
            "language_requirements",
        )
        .get()
    )


@signed_in_api
@extend_schema_view(
    list=extend_schema(summary="List jobs", parameters=[JobFilterSerializer], responses=JobOutputSerializer),
    retrieve=extend_schema(summary="One job", parameters=[ID_PARAMETER], responses=JobDetailOutputSerializer),
    create=extend_schema(
        summary="Create a job (in draft)", request=JobInputSerializer, responses={201: JobDetailOutputSerializer}
    ),
    partial_update=extend_schema(
        summary="Change a job",
        parameters=[ID_PARAMETER],
        request=JobInputSerializer,
        responses=JobDetailOutputSerializer,
    ),
)
class JobViewSet(viewsets.GenericViewSet):
    pagination_class = AtsPagination
    lookup_field = "id"
    lookup_value_regex = "[0-9]+"
    queryset = Job.objects.none()  # for schema introspection only: reads go through the selectors
    serializer_class = JobOutputSerializer

    def list(self, request: Request) -> Response:
        filters = JobFilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        jobs = selectors.job_list_with_counts(
            user=request.user, status=filters.validated_data.get("status", "")
        ).prefetch_related("hiring_managers", "recruiters")
        page = self.paginate_queryset(jobs)
        return self.get_paginated_response(JobOutputSerializer(page, many=True).data)

    def retrieve(self, request: Request, id: str) -> Response:
        return Response(JobDetailOutputSerializer(_job_detail(request.user, int(id))).data)

    def create(self, request: Request) -> Response:
        _staff_only(request)
        payload = JobInputSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        try:
            job = services.job_create(actor=request.user, **payload.service_arguments())
        except services.JobError as error:
            raise _service_error(error) from error
        return Response(
            JobDetailOutputSerializer(_job_detail(request.user, job.pk)).data, status=status.HTTP_201_CREATED
        )

    def partial_update(self, request: Request, id: str) -> Response:
        job = selectors.job_get(user=request.user, pk=int(id))
        _staff_only(request)
        payload = JobInputSerializer(data=request.data, partial=True)
        payload.is_valid(raise_exception=True)
        try:
            services.job_update(job=job, actor=request.user, **payload.service_arguments())
        except services.JobError as error:
            raise _service_error(error) from error
        return Response(JobDetailOutputSerializer(_job_detail(request.user, job.pk)).data)


# --- Applications ----------------------------------------------------------------------------------------------


class ApplicationFilterSerializer(serializers.Serializer):
    job = serializers.IntegerField(required=False, min_value=1, max_value=BIGINT_MAX, help_text=_("Job id."))
    stage = serializers.IntegerField(required=False, min_value=1, max_value=BIGINT_MAX, help_text=_("Stage id."))
    status = serializers.ChoiceField(required=False, choices=ApplicationStatus.choices)
    candidate = serializers.IntegerField(
        required=False, min_value=1, max_value=BIGINT_MAX, help_text=_("Candidate id.")
    )
    skill = serializers.ListField(
        child=serializers.SlugField(max_length=120),
        required=False,
        help_text=_("Skill identifier; repeat it to require several skills."),
    )
    tag = serializers.ListField(
        child=serializers.CharField(max_length=60), required=False, help_text=_("Tag; repeat it for several.")
    )
    min_score = serializers.IntegerField(required=False, min_value=0, max_value=100)
    max_score = serializers.IntegerField(required=False, min_value=0, max_value=100)
    flagged = serializers.BooleanField(required=False, allow_null=True, default=None)
    ordering = serializers.ChoiceField(
        required=False, choices=sorted(APPLICATION_ORDERINGS), help_text=_("Sort order (default: newest first).")
    )


class ApplicationOutputSerializer(serializers.ModelSerializer):
    candidate_name = serializers.CharField(source="candidate.full_name", read_only=True)
    job_title = serializers.CharField(source="job.title", read_only=True)
    stage_name = serializers.CharField(source="stage.name", read_only=True)
    stage_kind = serializers.CharField(source="stage.kind", read_only=True)

    class Meta:
        model = Application
        fields = [
            "id",
            "job",
            "job_title",
            "candidate",
            "candidate_name",
            "stage",
            "stage_name",
            "stage_kind",
            "status",
            "source",
            "score",
            "flagged",
            "rejection_reason",
            "stage_entered_at",
            "rejected_at",
            "hired_at",
            "withdrawn_at",
            "created_at",
        ]
        read_only_fields = fields


class ApplicationDetailOutputSerializer(ApplicationOutputSerializer):
    class Meta(ApplicationOutputSerializer.Meta):
        fields = [
            *ApplicationOutputSerializer.Meta.fields,
            "answers",
            "cover_letter",
            "source_detail",
            "score_breakdown",
        ]
        read_only_fields = fields


class MoveInputSerializer(serializers.Serializer):
    stage = serializers.IntegerField(min_value=1, max_value=BIGINT_MAX, help_text=_("A stage of the same job."))


class RejectInputSerializer(serializers.Serializer):
    reason = serializers.IntegerField(min_value=1, max_value=BIGINT_MAX, help_text=_("An active rejection reason."))
    send_email = serializers.BooleanField(default=True)
    email_delay_minutes = serializers.IntegerField(
        default=0, min_value=0, max_value=7 * 24 * 60, help_text=_("Wait this long before the e-mail goes.")
    )


@signed_in_api
@extend_schema_view(
    list=extend_schema(
        summary="List applications",
        parameters=[
            ApplicationFilterSerializer,
            OpenApiParameter("source", OpenApiTypes.STR, description="Source, e.g. linkedin."),
        ],
        responses=ApplicationOutputSerializer,
    ),
    retrieve=extend_schema(
        summary="One application", parameters=[ID_PARAMETER], responses=ApplicationDetailOutputSerializer
    ),
    move=extend_schema(
        summary="Move to another stage",
        parameters=[ID_PARAMETER],
        request=MoveInputSerializer,
        responses=ApplicationDetailOutputSerializer,
    ),
    reject=extend_schema(
        summary="Reject with a reason",
        parameters=[ID_PARAMETER],
        request=RejectInputSerializer,
        responses=ApplicationDetailOutputSerializer,
    ),
)
class ApplicationViewSet(viewsets.GenericViewSet):
    pagination_class = AtsPagination
    lookup_field = "id"
    lookup_value_regex = "[0-9]+"
    queryset = Application.objects.none()  # for schema introspection only
    serializer_class = ApplicationOutputSerializer

    def list(self, request: Request) -> Response:
        filters = ApplicationFilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        data: dict[str, Any] = filters.validated_data
        applications = selectors.applications_visible_to(request.user).select_related("candidate", "job", "stage")
        if data.get("job"):
            applications = applications.filter(job_id=data["job"])
        if data.get("candidate"):
            applications = applications.filter(candidate_id=data["candidate"])
        # The same filters and orderings as the board and the list view.
        criteria = ApplicationFilters(
            stage_id=data.get("stage"),
            skills=tuple(data.get("skill") or ()),
            # Not a serializer field: "source" is a Field attribute of DRF's own.
            source=str(request.query_params.get("source", ""))[:100],
            score_min=data.get("min_score"),
            score_max=data.get("max_score"),
            tags=tuple(data.get("tag") or ()),
            flagged=data.get("flagged"),
            status=data.get("status") or "all",
            sort=data.get("ordering") or DEFAULT_ORDERING,
        )
        applications = filter_applications(applications, criteria).defer(
            "answers", "cover_letter", "source_detail", "score_breakdown"
        )
        page = self.paginate_queryset(applications)
        return self.get_paginated_response(ApplicationOutputSerializer(page, many=True).data)

    def retrieve(self, request: Request, id: str) -> Response:
        application = selectors.application_get(user=request.user, pk=int(id))  # Http404 → 404
        return Response(ApplicationDetailOutputSerializer(application).data)

    @action(detail=True, methods=["post"])
    def move(self, request: Request, id: str) -> Response:
        application = selectors.application_get(user=request.user, pk=int(id))
        _staff_only(request)
        payload = MoveInputSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        stage = Stage.objects.filter(job_id=application.job_id, pk=payload.validated_data["stage"]).first()
        if stage is None:
            raise ValidationError({"stage": [_("Choose a stage of this application's job.")]})
        try:
            moved = services.application_move(application=application, stage=stage, actor=request.user)
        except services.ApplicationError as error:
            raise _service_error(error) from error
        return Response(ApplicationDetailOutputSerializer(moved).data)

    @action(detail=True, methods=["post"])
    def reject(self, request: Request, id: str) -> Response:
        application = selectors.application_get(user=request.user, pk=int(id))
        _staff_only(request)
        payload = RejectInputSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        data = payload.validated_data
        reason = RejectionReason.objects.filter(pk=data["reason"], is_active=True).first()
        if reason is None:
            raise ValidationError({"reason": [_("Choose an active rejection reason.")]})
        delay = datetime.timedelta(minutes=data["email_delay_minutes"]) if data["email_delay_minutes"] else None
        try:
            rejected = services.application_reject(
                application=application,
                reason=reason,
                actor=request.user,
                send_email=data["send_email"],
                email_delay=delay,
            )
        except services.ApplicationError as error:
            raise _service_error(error) from error
        return Response(ApplicationDetailOutputSerializer(rejected).data)
