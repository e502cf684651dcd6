from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AtsConfig(AppConfig):
    name = "ats"
    verbose_name = _("Applicant tracking")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from candidates.panels import panel_register

        # The person's applications, on the candidate page (loaded by htmx; see candidates/panels.py).
        panel_register(key="applications", title=_("Applications"), url_name="ats:candidate_applications", order=5)
