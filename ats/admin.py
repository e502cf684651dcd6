"""Admin for the ats app. Jobs, pipelines and rejection reasons are edited in the workspace (whose services
sanitize, validate and keep pipelines consistent); here admins look things up. Applications, transitions and
scorecards are history: viewable, never edited by hand."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from accounts.admin import ReadOnlyAdminMixin, UserNotificationAdmin

from .models import (
    Application,
    Job,
    MentionNotification,
    PipelineTemplate,
    PipelineTemplateStage,
    RejectionReason,
    ReviewNotification,
    Scorecard,
    ScorecardCriterion,
    ScreeningQuestion,
    Stage,
    StageTransition,
)


class PipelineTemplateStageInline(admin.TabularInline):
    model = PipelineTemplateStage
    extra = 0
    fields = ("position", "name", "kind", "target_days", "email_template")
    ordering = ("position",)


@admin.register(PipelineTemplate)
class PipelineTemplateAdmin(admin.ModelAdmin):
    list_display = ("name", "is_default", "created_at")
    inlines = [PipelineTemplateStageInline]


@admin.register(RejectionReason)
class RejectionReasonAdmin(admin.ModelAdmin):
    list_display = ("label_fr", "label_en", "recyclable", "is_active", "position")
    list_editable = ("is_active", "position")
    list_filter = ("recyclable", "is_active")

    def has_delete_permission(self, request: HttpRequest, obj: RejectionReason | None = None) -> bool:
        # Applications keep their reason (PROTECT): switch a reason off instead.
        return obj is not None and not obj.applications.exists() and super().has_delete_permission(request, obj)


class StageInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = Stage
    extra = 0
    fields = ("position", "name", "kind", "target_days", "email_template")
    ordering = ("position",)


class QuestionInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = ScreeningQuestion
    extra = 0
    fields = ("position", "text", "kind", "required", "knockout_answer")


class CriterionInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = ScorecardCriterion
    extra = 0
    fields = ("position", "label")


@admin.register(Job)
class JobAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("title", "status", "department", "city", "confidential", "openings", "published_at")
    list_filter = ("status", "confidential", "contract_type", "remote_policy")
    search_fields = ("title", "slug", "department", "city")
    inlines = [StageInline, QuestionInline, CriterionInline]


@admin.register(Application)
class ApplicationAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("candidate", "job", "stage", "status", "source", "score", "flagged", "created_at")
    list_filter = ("status", "flagged")
    search_fields = ("candidate__last_name", "candidate__email", "job__title")
    list_select_related = ("candidate", "job", "stage")
    raw_id_fields = ("candidate", "job", "stage")


@admin.register(StageTransition)
class StageTransitionAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("application", "from_stage", "to_stage", "from_status", "to_status", "actor", "occurred_at")
    list_select_related = ("application__candidate", "application__job", "from_stage", "to_stage", "actor")


@admin.register(Scorecard)
class ScorecardAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("application", "reviewer", "recommendation", "submitted_at")
    list_select_related = ("application__candidate", "application__job", "reviewer")


@admin.register(ReviewNotification)
class ReviewNotificationAdmin(UserNotificationAdmin):
    raw_id_fields = ("recipient", "transition")


@admin.register(MentionNotification)
class MentionNotificationAdmin(UserNotificationAdmin):
    raw_id_fields = ("recipient", "note", "application")
