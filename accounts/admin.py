from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from .models import AuditLogEntry, Team, User


class ReadOnlyAdminMixin:
    """Rows that are history (audit log, timeline, consent ledger): viewable, never added, changed or deleted by
    hand. Shared by every app's admin."""

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class UserNotificationAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """E-mails to users (``accounts.models.UserNotification``): looked up to see whether one left and why not,
    never changed here (``accounts.notifications`` owns their states). Each app registers its own model with it."""

    list_display = ("recipient", "status", "attempts", "created_at", "sent_at")
    list_filter = ("status",)
    list_select_related = ("recipient",)
    search_fields = ("recipient__email",)
    date_hierarchy = "created_at"
    show_full_result_count = False


class UserCreationAdminForm(AdminUserCreationForm):
    class Meta:
        model = User
        fields = ("email",)


class UserChangeAdminForm(UserChangeForm):
    class Meta:
        model = User
        fields = "__all__"


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    """Django's user admin for a model whose login is the e-mail address (no username field).

    Role, team and active state are better changed from the in-app screens, which write the audit log; the
    admin stays for emergencies and for superuser-only fields."""

    form = UserChangeAdminForm
    add_form = UserCreationAdminForm
    ordering = ("email",)
    list_display = ("email", "first_name", "last_name", "role", "team", "is_active", "is_staff", "last_login")
    list_filter = ("role", "team", "is_active", "is_staff", "is_superuser")
    list_select_related = ("team",)
    search_fields = ("email", "first_name", "last_name")
    readonly_fields = ("last_login", "date_joined", "deactivated_at", "invited_by")
    autocomplete_fields = ("team",)
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (_("Personal info"), {"fields": ("first_name", "last_name", "preferred_language")}),
        (_("Workspace"), {"fields": ("role", "team", "invited_by")}),
        (
            _("Permissions"),
            {"fields": ("is_active", "deactivated_at", "is_staff", "is_superuser", "groups", "user_permissions")},
        ),
        (_("Important dates"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "fields": ("email", "usable_password", "password1", "password2", "role", "team"),
            },
        ),
    )


@admin.register(Team)
class TeamAdmin(admin.ModelAdmin):
    list_display = ("name", "created_at")
    search_fields = ("name",)
    ordering = ("name",)


@admin.register(AuditLogEntry)
class AuditLogEntryAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Read-only: entries are append-only (the model and a database trigger refuse changes)."""

    list_display = ("created_at", "action", "actor", "target_type", "target_id", "ip_address")
    list_filter = ("action", "target_type")
    list_select_related = ("actor",)
    search_fields = ("target_id", "ip_address")
    date_hierarchy = "created_at"
    readonly_fields = ("created_at", "action", "actor", "target_type", "target_id", "ip_address", "details")
    fields = readonly_fields
    show_full_result_count = False

    def get_queryset(self, request: HttpRequest) -> QuerySet[AuditLogEntry]:
        return super().get_queryset(request).select_related("actor")
