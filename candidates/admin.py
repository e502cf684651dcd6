"""Admin for people and their taxonomy. The consent ledger and the timeline are shown, never edited: they are
evidence. People are erased through compliance requests, not deleted here."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from accounts.admin import ReadOnlyAdminMixin

from . import selectors, services
from .models import (
    Activity,
    Candidate,
    CandidateLanguage,
    CandidateSkill,
    Consent,
    Resume,
    Skill,
    SkillAlias,
    Tag,
)
from .normalize import fold, normalize_email, normalize_phone
from .services.resumes import resume_reparse


class CandidateAdminForm(forms.ModelForm):
    class Meta:
        model = Candidate
        fields = [
            "first_name",
            "last_name",
            "email",
            "other_emails",
            "phone",
            "other_phones",
            "city",
            "country",
            "headline",
            "current_title",
            "current_employer",
            "years_experience",
            "links",
            "source",
            "source_medium",
            "source_campaign",
            "owner",
            "tags",
            "do_not_contact",
        ]

    def clean_email(self) -> str:
        return normalize_email(self.cleaned_data.get("email"))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        raw_phone = data.get("phone") or ""
        if raw_phone:
            phone = normalize_phone(raw_phone, default_region=data.get("country") or "FR")
            if not phone:
                self.add_error("phone", _("This phone number is not valid."))
            data["phone"] = phone
        duplicate = selectors.candidate_find_duplicate(
            email=data.get("email") or "", phone=data.get("phone") or "", exclude_pk=self.instance.pk
        )
        if duplicate is not None:
            raise ValidationError(
                _("This e-mail address or phone number already belongs to candidate #%(pk)s."),
                params={"pk": duplicate.pk},
            )
        return data


class CandidateSkillInline(admin.TabularInline):
    model = CandidateSkill
    extra = 0
    autocomplete_fields = ["skill"]
    fields = ["skill", "source", "years"]


class CandidateLanguageInline(admin.TabularInline):
    model = CandidateLanguage
    extra = 0
    fields = ["language", "level", "source"]


class ConsentInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = Consent
    extra = 0
    fields = readonly_fields = (
        "purpose",
        "legal_basis",
        "text_version",
        "channel",
        "granted_at",
        "expires_at",
        "withdrawn_at",
    )
    ordering = ["-granted_at", "-id"]


class ResumeInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = Resume
    extra = 0
    # No link to the file: files leave the server only through permission-checked views.
    fields = readonly_fields = (
        "original_filename",
        "content_type",
        "size",
        "status",
        "failure_reason",
        "is_current",
        "created_at",
    )


@admin.register(Candidate)
class CandidateAdmin(admin.ModelAdmin):
    form = CandidateAdminForm
    list_display = ["__str__", "email", "phone", "city", "source", "owner", "created_at", "last_activity_at"]
    list_filter = ["do_not_contact", "source", "country", "tags", "created_at"]
    list_select_related = ["owner"]
    search_fields = ["first_name", "last_name", "email", "phone"]
    autocomplete_fields = ["tags"]
    raw_id_fields = ["owner"]
    readonly_fields = ["created_at", "updated_at", "last_activity_at", "anonymized_at"]
    date_hierarchy = "created_at"
    inlines = [CandidateSkillInline, CandidateLanguageInline, ConsentInline, ResumeInline]
    fieldsets = [
        (None, {"fields": ["first_name", "last_name", "email", "other_emails", "phone", "other_phones"]}),
        (_("Profile"), {"fields": ["city", "country", "headline", "current_title", "current_employer"]}),
        (_("Experience"), {"fields": ["years_experience", "links"]}),
        (_("First touch"), {"fields": ["source", "source_medium", "source_campaign"]}),
        (_("Management"), {"fields": ["owner", "tags", "do_not_contact"]}),
        (_("Dates"), {"fields": ["created_at", "updated_at", "last_activity_at", "anonymized_at"]}),
    ]

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Deleting a person must leave an erasure receipt and reach files and messages: compliance does that.
        return False

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        # Skills and tags changed here feed search like anything written through the services.
        services.candidate_refresh_search_document(candidate=form.instance)


class SkillAliasForm(forms.ModelForm):
    class Meta:
        model = SkillAlias
        fields = ["alias", "language"]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        normalized = fold(data.get("alias"))
        if data.get("alias") and not normalized:
            self.add_error("alias", _("This alias has no letters or digits."))
        self.instance.normalized = normalized
        skill_id = self.instance.skill_id
        if (
            skill_id
            and SkillAlias.objects.filter(skill_id=skill_id, normalized=normalized)
            .exclude(pk=self.instance.pk)
            .exists()
        ):
            self.add_error("alias", _("This skill already has this alias."))
        return data


class SkillAliasInline(admin.TabularInline):
    model = SkillAlias
    form = SkillAliasForm
    extra = 1
    fields = ["alias", "language"]


@admin.register(Skill)
class SkillAdmin(admin.ModelAdmin):
    list_display = ["label_en", "label_fr", "slug", "category", "is_active"]
    list_filter = ["category", "is_active"]
    search_fields = ["label_en", "label_fr", "slug", "aliases__normalized"]
    prepopulated_fields = {"slug": ["label_en"]}
    readonly_fields = ["created_at", "updated_at"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    inlines = [SkillAliasInline]


class TagForm(forms.ModelForm):
    class Meta:
        model = Tag
        fields = ["name"]

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data["name"].split())
        normalized = fold(name)[:60]
        if not normalized:
            raise ValidationError(_("A tag needs a name."))
        if Tag.objects.filter(normalized=normalized).exclude(pk=self.instance.pk).exists():
            raise ValidationError(_("This tag exists already (accents and case are ignored)."))
        self.instance.normalized = normalized
        return name


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    form = TagForm
    list_display = ["name", "normalized", "created_at"]
    search_fields = ["name", "normalized"]
    readonly_fields = ["normalized", "created_at"]


@admin.register(Activity)
class ActivityAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["occurred_at", "kind", "candidate", "actor"]
    list_filter = ["kind", "occurred_at"]
    list_select_related = ["candidate", "actor"]
    search_fields = ["candidate__last_name", "candidate__email"]
    date_hierarchy = "occurred_at"
    raw_id_fields = ["candidate", "actor"]


@admin.register(Consent)
class ConsentAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["candidate", "purpose", "legal_basis", "text_version", "channel", "granted_at", "withdrawn_at"]
    list_filter = ["purpose", "legal_basis", "channel", "granted_at", "withdrawn_at"]
    list_select_related = ["candidate"]
    search_fields = ["candidate__last_name", "candidate__email", "text_version"]
    date_hierarchy = "granted_at"
    raw_id_fields = ["candidate", "recorded_by"]


@admin.register(Resume)
class ResumeAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """CVs as stored and parsed: read-only (files leave the server only through permission-checked views).
    The one action reads selected CVs again, e.g. after a taxonomy import or a parser upgrade."""

    list_display = ["__str__", "candidate", "status", "failure_code", "language", "parser_version", "created_at"]
    list_filter = ["status", "failure_code", "language", "parser_version", "is_current"]
    list_select_related = ["candidate"]
    search_fields = ["candidate__last_name", "candidate__email", "sha256"]
    date_hierarchy = "created_at"
    raw_id_fields = ["candidate", "uploaded_by"]
    exclude = ["file"]
    actions = ["reparse"]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        return [field.name for field in Resume._meta.fields if field.name != "file"]

    @admin.action(description=_("Read the selected CVs again"), permissions=["view"])
    def reparse(self, request: HttpRequest, queryset: Any) -> None:
        count = 0
        for resume in queryset:
            resume_reparse(resume=resume, actor=request.user)
            count += 1
        self.message_user(request, _("%(count)d CV(s) will be read again.") % {"count": count})
