"""Settings shared by every environment. Values come from the environment (see .env.example)."""

from __future__ import annotations

from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _
from kombu import Exchange, Queue

from recruiting import embedded

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

VAR_DIR = Path(env("VAR_DIR", default=str(BASE_DIR / "var")))

SECRET_KEY = env("SECRET_KEY")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS: list[str] = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS: list[str] = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000")
COMPANY_NAME = env("COMPANY_NAME", default="Recruiting")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI served from our static files, never from a CDN
    "django_celery_beat",
    "django_htmx",
    "axes",
    "csp",
    "anymail",
    # Project apps, lowest layer last (shared/ARCHITECTURE.md).
    "recruiting.apps.RecruitingConfig",
    "ats",
    "messaging",
    "candidates",
    "accounts",
]

MIDDLEWARE = [
    # First: load balancers and container health checks probe by IP address, which ALLOWED_HOSTS rejects.
    "recruiting.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "accounts.middleware.UserLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "csp.middleware.CSPMiddleware",
    # axes must come last: it reads the outcome of authentication.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "recruiting.urls"
WSGI_APPLICATION = "recruiting.wsgi.application"
ASGI_APPLICATION = "recruiting.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "recruiting.context_processors.site",
            ],
        },
    },
]

# --- Data stores ---------------------------------------------------------------------------------------------
# Unset DATABASE_URL / REDIS_URL mean "run the embedded servers under var/" (recruiting/embedded.py).
DATABASE_URL = env("DATABASE_URL", default="") or embedded.postgres_url(VAR_DIR)
REDIS_URL = env("REDIS_URL", default="") or embedded.redis_url(VAR_DIR)


def _database(url: str) -> dict:
    config = environ.Env.db_url_config(url)
    # pgserver hands out "postgresql://postgres:@/postgres?host=/path/to/socket/dir"
    options = config.setdefault("OPTIONS", {})
    if not config.get("HOST") and "host" in options:
        config["HOST"] = options.pop("host")
    # A database that does not answer fails a request (and /healthz) in seconds instead of hanging it.
    options.setdefault("connect_timeout", 5)
    config["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
    config["CONN_HEALTH_CHECKS"] = True
    return config


DATABASES = {"default": _database(DATABASE_URL)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "recruiting",
        "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
    }
}

# --- Authentication --------------------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "core:dashboard"
LOGOUT_REDIRECT_URL = "accounts:login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24  # one day, in seconds

# Brute-force protection: lock a (user, IP) pair after 5 failures for 30 minutes.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = 0.5  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_FORM_FIELD = "username"
AXES_LOCKOUT_TEMPLATE = "accounts/lockout.html"
AXES_RESET_ON_SUCCESS = True
AXES_IPWARE_PROXY_COUNT = env.int("PROXY_COUNT", default=0)

# --- Internationalisation ------------------------------------------------------------------------------------
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("French")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env("TIME_ZONE", default="Europe/Paris")
USE_I18N = True
USE_TZ = True

# --- Static and media files ----------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(VAR_DIR / "media")))
MEDIA_URL = "/media/"  # never served directly: files go out through permission-checked views
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- E-mail --------------------------------------------------------------------------------------------------
EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="recrutement@example.com")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The ESP, through django-anymail: set EMAIL_BACKEND to e.g. anymail.backends.brevo.EmailBackend and give its
# keys below. Only the keys that are set are passed on. WEBHOOK_SECRET ("user:password") protects the tracking
# and inbound webhooks under /anymail/ with HTTP basic authentication; the ESP's own signature is checked too
# where it has one (Mailgun's signing key, Postmark and SendGrid through their secrets).
ANYMAIL = {
    key: value
    for key, value in {
        "WEBHOOK_SECRET": env("ANYMAIL_WEBHOOK_SECRET", default=""),
        "BREVO_API_KEY": env("BREVO_API_KEY", default=""),
        "MAILJET_API_KEY": env("MAILJET_API_KEY", default=""),
        "MAILJET_SECRET_KEY": env("MAILJET_SECRET_KEY", default=""),
        "POSTMARK_SERVER_TOKEN": env("POSTMARK_SERVER_TOKEN", default=""),
        "MAILGUN_API_KEY": env("MAILGUN_API_KEY", default=""),
        "MAILGUN_SENDER_DOMAIN": env("MAILGUN_SENDER_DOMAIN", default=""),
        "MAILGUN_WEBHOOK_SIGNING_KEY": env("MAILGUN_WEBHOOK_SIGNING_KEY", default=""),
        "MAILGUN_API_URL": env("MAILGUN_API_URL", default=""),
        "SENDGRID_API_KEY": env("SENDGRID_API_KEY", default=""),
    }.items()
    if value
}
# Replies: mail to reply+<signed message id>@MESSAGING_REPLY_DOMAIN reaches the ESP's inbound webhook and is
# threaded into the candidate's timeline. Unset: replies go to the sender's own mailbox.
MESSAGING_REPLY_DOMAIN = env("MESSAGING_REPLY_DOMAIN", default="")
# Marketing e-mail (campaigns) is only sent between these hours, in the recipient's time zone.
MESSAGING_MARKETING_HOURS = tuple(env.list("MESSAGING_MARKETING_HOURS", cast=int, default=[8, 20]))
# Sends per second from one sending domain, all workers together (0: no limit), and per-domain overrides
# ("example.com=20,news.example.com=5").
MESSAGING_RATE_LIMIT = env.int("MESSAGING_RATE_LIMIT", default=0)
MESSAGING_DOMAIN_RATE_LIMITS = env.dict("MESSAGING_DOMAIN_RATE_LIMITS", cast={"value": int}, default={})
# Messages per send task (0: the ESP's own batch size); attempts before a transient failure becomes final.
MESSAGING_BATCH_SIZE = env.int("MESSAGING_BATCH_SIZE", default=0)
MESSAGING_MAX_ATTEMPTS = env.int("MESSAGING_MAX_ATTEMPTS", default=5)

# --- Celery --------------------------------------------------------------------------------------------------
CELERY_BROKER_URL = embedded.celery_broker_url(REDIS_URL)
CELERY_RESULT_BACKEND = None  # tasks write their outcome to the database, not to a result store
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
# A task is acknowledged when it has finished, not when it starts: a worker that dies mid-task (killed, out of
# memory, machine lost) leaves the message to be delivered again. Every task is therefore safe to run twice.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_CANCEL_LONG_RUNNING_TASKS_ON_CONNECTION_LOSS = True  # they cannot be acknowledged anyway
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=300)
CELERY_TASK_SOFT_TIME_LIMIT = env.int("CELERY_TASK_SOFT_TIME_LIMIT", default=240)
CELERY_WORKER_MAX_MEMORY_PER_CHILD = env.int("CELERY_WORKER_MAX_MEMORY_PER_CHILD", default=512_000)  # KiB
# One queue per kind of work, so that a flood of CVs to parse never delays an e-mail and the other way round.
# Each queue has its own exchange and routing key: queues sharing one would each receive a copy of every task.
CELERY_TASK_QUEUES = tuple(Queue(name, Exchange(name), routing_key=name) for name in ("default", "parsing", "email"))
CELERY_TASK_DEFAULT_QUEUE = "default"
CELERY_TASK_DEFAULT_EXCHANGE = "default"
CELERY_TASK_DEFAULT_ROUTING_KEY = "default"
CELERY_TASK_ROUTES = {
    "candidates.tasks.parse_resume": {"queue": "parsing", "routing_key": "parsing"},
    "messaging.tasks.*": {"queue": "email", "routing_key": "email"},
    "ats.tasks.*": {"queue": "email", "routing_key": "email"},
}
# Redis has no acknowledgements: a message a worker took but did not acknowledge within the visibility timeout
# (its worker died) is delivered again. It must stay longer than CELERY_TASK_TIME_LIMIT, or a slow task that is
# still running would be started a second time.
_visibility_timeout = env.int("CELERY_VISIBILITY_TIMEOUT", default=3600)
CELERY_BROKER_TRANSPORT_OPTIONS: dict[str, object] = {
    "visibility_timeout": _visibility_timeout,
    # kombu looks for such messages every interval x throttle seconds (100 s by default); look every tenth of
    # the timeout (at most every minute) so that a short timeout also means a quick recovery.
    "unacked_restore_interval": max(1, min(60, _visibility_timeout // 10)),
    "unacked_restore_throttle": 1,
    "socket_connect_timeout": 5,
}
if _broker_key_prefix := env("CELERY_BROKER_KEY_PREFIX", default=""):
    # Several installations (or test runs) can share one Redis database without seeing each other's tasks.
    CELERY_BROKER_TRANSPORT_OPTIONS["global_keyprefix"] = _broker_key_prefix
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_TIMEZONE = TIME_ZONE
# Periodic tasks. Written out here (not imported from the apps, which would load models during settings).
CELERY_BEAT_SCHEDULE = {
    # CVs left "pending" (the broker was down at upload) or "parsing" (the worker died) are queued again.
    "requeue-stuck-resumes": {
        "task": "candidates.tasks.requeue_stuck_resumes",
        "schedule": 300.0,
        "options": {"expires": 240},
    },
    # Scheduled and retried e-mails that are due, e-mails the broker never received, and sends interrupted.
    "sweep-messages": {
        "task": "messaging.tasks.sweep_messages",
        "schedule": 60.0,
        "options": {"expires": 50},
    },
    # E-mails to users (hiring-manager reviews, mentions, replies) whose task the broker never received or lost,
    # and sends interrupted (accounts.notifications).
    "sweep-review-notifications": {
        "task": "ats.tasks.sweep_review_notifications",
        "schedule": 120.0,
        "options": {"expires": 100},
    },
    "sweep-mention-notifications": {
        "task": "ats.tasks.sweep_mention_notifications",
        "schedule": 120.0,
        "options": {"expires": 100},
    },
    "sweep-reply-notifications": {
        "task": "messaging.tasks.sweep_reply_notifications",
        "schedule": 120.0,
        "options": {"expires": 100},
    },
}
CELERY_WORKER_SEND_TASK_EVENTS = False

# --- REST API ------------------------------------------------------------------------------------------------
REST_FRAMEWORK = {
    # Token first: an API client without valid credentials gets 401 with WWW-Authenticate, not 403.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_THROTTLE_RATES": {"anon": "60/minute", "user": "600/minute"},
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Recruiting API",
    "DESCRIPTION": "Applicant tracking and candidate relationship management.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    # /api/docs/ loads Swagger UI from our own static files (drf-spectacular-sidecar): no CDN, CSP 'self'.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # Several models have a "status" with its own choices: name each enum after its model.
    "ENUM_NAME_OVERRIDES": {
        "JobStatusEnum": "ats.models.JobStatus",
        "ApplicationStatusEnum": "ats.models.ApplicationStatus",
        "MessageStatusEnum": "messaging.models.MessageStatus",
    },
}

# --- Security ------------------------------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # htmx reads the token from the page, not the cookie; kept default for the admin
SESSION_COOKIE_SAMESITE = "Lax"
# Content Security Policy: everything from our own origin, nothing inline, nothing from another host.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

# --- CV parsing ----------------------------------------------------------------------------------------------
CV_MAX_BYTES = env.int("CV_MAX_BYTES", default=10 * 1024 * 1024)
CV_MAX_PAGES = env.int("CV_MAX_PAGES", default=30)
PARSING_SOFT_TIME_LIMIT = env.int("PARSING_SOFT_TIME_LIMIT", default=60)
PARSING_TIME_LIMIT = env.int("PARSING_TIME_LIMIT", default=90)
PARSING_MEMORY_LIMIT_MB = env.int("PARSING_MEMORY_LIMIT_MB", default=2048)
RESUME_STUCK_MINUTES = env.int("RESUME_STUCK_MINUTES", default=10)

# Public form rate limits (accounts.ratelimit), as "count/period-in-seconds".
RATELIMIT_ENABLED = env.bool("RATELIMIT_ENABLED", default=True)
# Applications one IP address may send from the career site: "count/seconds".
CAREERS_APPLY_RATE = env("CAREERS_APPLY_RATE", default="20/600")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    # (pdfminer warns of every font it reads without its metrics, "Could not get FontBBox from font descriptor":
    # browsers' PDFs embed such fonts, and the text is read all the same; its errors still show)
    "loggers": {"pgserver": {"level": "WARNING"}, "pdfminer": {"level": "ERROR"}},
}
# /healthz waits this long (seconds) for Celery workers to answer a ping; it does not fail when none answers.
HEALTHZ_WORKER_TIMEOUT = env.float("HEALTHZ_WORKER_TIMEOUT", default=0.5)
AXES_VERBOSE = False
