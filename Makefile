# The two commands a newcomer needs: `make run` and `make test`. Only Python 3.11 is required.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell sha256sum requirements.lock | cut -c1-16)
LAUNCH := $(BIN)/python -m recruiting.launcher

.PHONY: run test check lint typecheck contracts migrations-check messages-check pytest bench install lock messages clean

$(STAMP): requirements.lock
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	@rm -f $(VENV)/.installed-* && touch $(STAMP)

install: $(STAMP)

## Start web, Celery worker and Celery beat on http://127.0.0.1:8000 (embedded PostgreSQL/Redis when unset).
run: install
	$(LAUNCH) run

## Every check the project has: lint, types, import contracts, migrations, translations, all tests.
test: install
	$(LAUNCH) exec -- $(MAKE) --no-print-directory check

check: lint typecheck contracts migrations-check messages-check pytest

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck:
	$(BIN)/mypy accounts ats candidates messaging recruiting parsing

contracts:
	$(BIN)/lint-imports

migrations-check:
	DJANGO_SETTINGS_MODULE=recruiting.settings.test $(BIN)/python manage.py makemigrations --check --dry-run

messages-check:
	$(BIN)/python -m recruiting.i18n_check

pytest:
	$(BIN)/pytest $(PYTEST_ARGS)

## Benchmarks: medians, p95 and ratios (never run by `make test`).
bench: install
	$(LAUNCH) exec -- $(BIN)/python -m benchmarks
	$(LAUNCH) exec -- $(BIN)/python -m benchmarks.messaging
	$(LAUNCH) exec -- $(BIN)/python -m benchmarks.apply
	$(LAUNCH) exec -- $(BIN)/python -m benchmarks.board
	$(BIN)/python -m benchmarks.parsing

## Regenerate the lock file after changing pyproject.toml.
lock:
	$(BIN)/python -m pip install --quiet uv && $(BIN)/uv pip compile pyproject.toml --extra dev -o requirements.lock --python-version 3.11

## Extract and compile the French and English catalogs.
messages: install
	$(BIN)/python manage.py makemessages -l fr -l en --ignore=.venv --ignore=var --no-obsolete
	$(BIN)/python manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
