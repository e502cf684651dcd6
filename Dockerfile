# syntax=docker/dockerfile:1
# One image for every process of the product: gunicorn (web, the default command), the Celery worker and
# Celery beat (docker-compose.yml shows all three). Production settings; configuration from the environment
# (.env.example lists every variable).

# --- Build: the virtualenv `make` builds, static files and translation catalogs --------------------------------
FROM python:3.11-slim AS build

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PYTHONDONTWRITEBYTECODE=1

RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
# The lock file alone first: the dependency layer is rebuilt only when the lock changes.
COPY requirements.lock ./
RUN python -m venv /app/.venv \
    && /app/.venv/bin/pip install -r requirements.lock

COPY . .
# Production settings demand their required values. These are placeholders: importing the settings opens no
# connection, and neither collectstatic nor compilemessages touches the database or the broker.
RUN export DJANGO_SETTINGS_MODULE=recruiting.settings.production \
        SECRET_KEY=build-only-placeholder-never-used-at-run-time \
        ALLOWED_HOSTS=build.invalid \
        DATABASE_URL=postgres://build@database.invalid:5432/build \
        REDIS_URL=redis://redis.invalid:6379/0 \
        VAR_DIR=/app/var \
    && /app/.venv/bin/python manage.py collectstatic --noinput -v 0 \
    && /app/.venv/bin/python manage.py compilemessages --ignore=.venv -v 0

# --- Run -------------------------------------------------------------------------------------------------------
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/app/.venv/bin:$PATH \
    DJANGO_SETTINGS_MODULE=recruiting.settings.production \
    VAR_DIR=/app/var \
    MEDIA_ROOT=/app/var/media

RUN groupadd --system --gid 10001 recruiting \
    && useradd --system --uid 10001 --gid recruiting --home-dir /app --no-create-home --shell /usr/sbin/nologin recruiting

WORKDIR /app
# Code, virtualenv and static files belong to root and are read-only for the application; only the media
# directory (uploaded CVs, a volume in docker-compose.yml) is writable.
COPY --from=build /app /app
RUN mkdir -p /app/var/media && chown recruiting:recruiting /app/var/media

USER recruiting
EXPOSE 8000

# /healthz answers 200 when the database and the broker answer (503 otherwise), whatever the Host header.
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=8)"]

CMD ["gunicorn", "recruiting.wsgi:application", \
     "--bind", "0.0.0.0:8000", \
     "--worker-tmp-dir", "/dev/shm", \
     "--timeout", "60", \
     "--max-requests", "1000", "--max-requests-jitter", "100", \
     "--access-logfile", "-"]
