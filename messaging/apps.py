from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MessagingConfig(AppConfig):
    name = "messaging"
    verbose_name = _("Messaging")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from candidates.panels import panel_register

        from . import receivers  # noqa: F401  (connects anymail's tracking and inbound signals)

        # The conversation with the person, on the candidate page (loaded by htmx; see candidates/panels.py).
        panel_register(key="emails", title=_("E-mails"), url_name="messaging:conversation", order=10)
