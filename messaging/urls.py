from django.urls import path

from . import public_views, views

app_name = "messaging"

urlpatterns = [
    # Recruiters: writing to a person, the conversation, each message's history.
    path("candidates/<int:pk>/compose/", views.compose, name="compose"),
    path("candidates/<int:pk>/compose/preview/", views.compose_preview, name="compose_preview"),
    path("candidates/<int:pk>/conversation/", views.conversation, name="conversation"),
    path("messages/", views.message_list, name="message_list"),
    path("messages/<int:pk>/", views.message_detail, name="message_detail"),
    path("messages/<int:pk>/cancel/", views.message_cancel, name="message_cancel"),
    path("outbox/", views.outbox, name="outbox"),
    path("outbox/<int:pk>/", views.outbox_detail, name="outbox_detail"),
    # Admins: templates, branding, suppression list.
    path("templates/", views.template_list, name="template_list"),
    path("templates/new/", views.template_create, name="template_create"),
    path("templates/<int:pk>/", views.template_edit, name="template_edit"),
    path("templates/<int:pk>/preview/", views.template_preview, name="template_preview"),
    path("templates/<int:pk>/test/", views.template_test, name="template_test"),
    path("branding/", views.branding, name="branding"),
    path("suppressions/", views.suppression_list, name="suppression_list"),
    path("suppressions/<int:pk>/remove/", views.suppression_remove, name="suppression_remove"),
    # Anyone with the link (no login): a person's e-mail choices, RFC 8058 one-click unsubscribe, the logo.
    path("preferences/<str:token>/", public_views.preferences, name="preferences"),
    path("unsubscribe/<str:token>/", public_views.unsubscribe_one_click, name="unsubscribe_one_click"),
    path("logo/", public_views.logo, name="logo"),
]
