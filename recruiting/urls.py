from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog

from accounts.access import public

from . import health, views

admin.site.site_header = settings.COMPANY_NAME
admin.site.site_title = settings.COMPANY_NAME

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("", include(("recruiting.core_urls", "core"))),
    path("accounts/", include("accounts.urls")),
    path("candidates/", include("candidates.urls")),
    path("messaging/", include("messaging.urls")),
    path("jobs/", include("ats.urls")),
    path("careers/", include("ats.careers_urls")),
    # ESP webhooks (tracking and inbound): anymail's views, declared public and authenticated by
    # ANYMAIL["WEBHOOK_SECRET"] and the ESP's signature (see messaging/webhooks.py).
    path("anymail/", include("messaging.webhooks")),
    path("i18n/setlang/", views.set_language, name="set_language"),
    path("jsi18n/", public(JavaScriptCatalog.as_view()), name="javascript-catalog"),
    path("api/", include("recruiting.api_urls")),
    path("admin/", admin.site.urls),
]

handler400 = "recruiting.views.bad_request"
handler403 = "recruiting.views.permission_denied"
handler404 = "recruiting.views.page_not_found"
handler500 = "recruiting.views.server_error"
