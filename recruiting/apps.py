from django.apps import AppConfig


class RecruitingConfig(AppConfig):
    name = "recruiting"
    verbose_name = "Recruiting"

    def ready(self) -> None:
        # Every Django process (web, worker, management command) gets the project's Celery app as the current
        # app, so that @shared_task tasks queue on our broker. It is not imported from recruiting/__init__.py:
        # celery.py defaults DJANGO_SETTINGS_MODULE to the dev settings, and the launcher (which imports the
        # package) must not hand that default to `make test`.
        from recruiting import celery  # noqa: F401
