"""Django admin for messaging: everything is shown, nothing is edited here.

Messages, their events and the outbox are history (what was sent, what happened to it). Templates are versioned
and validated by ``services.template_save``, the branding and the suppression list have their own pages with
their own checks: editing them here would skip those, so the product's pages are where they change."""

from __future__ import annotations

from django.contrib import admin

from accounts.admin import ReadOnlyAdminMixin, UserNotificationAdmin

from .models import (
    Branding,
    DeliveryEvent,
    Message,
    OutboxEmail,
    ReplyNotification,
    Suppression,
    Template,
    TemplateVersion,
)


class TemplateVersionInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = TemplateVersion
    extra = 0
    fields = readonly_fields = ("number", "subject_fr", "subject_en", "created_by", "created_at")
    ordering = ["-number"]


@admin.register(Template)
class TemplateAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["name", "purpose", "is_default", "is_active", "current_version", "updated_at"]
    list_filter = ["purpose", "is_default", "is_active"]
    list_select_related = ["current_version"]
    search_fields = ["name"]
    inlines = [TemplateVersionInline]


class DeliveryEventInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = DeliveryEvent
    extra = 0
    fields = readonly_fields = ("occurred_at", "kind", "esp_name", "description", "processed_at")
    ordering = ["occurred_at", "id"]


@admin.register(Message)
class MessageAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["subject", "to_email", "direction", "purpose", "status", "created_at", "sent_at"]
    list_filter = ["status", "direction", "purpose", "is_marketing", "esp_name"]
    list_select_related = ["candidate"]
    search_fields = ["to_email", "from_email", "subject", "esp_message_id"]
    date_hierarchy = "created_at"
    raw_id_fields = ["candidate", "template_version", "in_reply_to", "created_by"]
    inlines = [DeliveryEventInline]
    show_full_result_count = False


@admin.register(DeliveryEvent)
class DeliveryEventAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["occurred_at", "kind", "recipient", "esp_name", "message", "processed_at"]
    list_filter = ["kind", "esp_name"]
    list_select_related = ["message"]
    search_fields = ["recipient", "esp_message_id", "dedupe_key"]
    date_hierarchy = "occurred_at"
    raw_id_fields = ["message"]
    show_full_result_count = False


@admin.register(Suppression)
class SuppressionAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["email", "scope", "reason", "created_at", "created_by"]
    list_filter = ["scope", "reason"]
    list_select_related = ["created_by"]
    search_fields = ["email"]
    raw_id_fields = ["message", "created_by"]


@admin.register(OutboxEmail)
class OutboxEmailAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["subject", "to", "from_email", "created_at"]
    search_fields = ["to", "subject", "message_id"]
    date_hierarchy = "created_at"
    show_full_result_count = False


@admin.register(Branding)
class BrandingAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ["__str__", "sender_name", "sender_email", "updated_at"]


@admin.register(ReplyNotification)
class ReplyNotificationAdmin(UserNotificationAdmin):
    raw_id_fields = ("recipient", "message")
