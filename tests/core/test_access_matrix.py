"""The access matrix (tests/access.py): every named URL of the product has a rule, every view declares its
access, and every rule holds for every role.

Rules live next to each app's tests, in ``tests/<app>/access_matrix.py``: ``RULES: dict[str, Rule]`` and,
optionally, ``PREFIX_RULES: dict[str, str]`` (a name prefix → the representative name whose rule covers it).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.shortcuts import resolve_url
from django.urls import URLPattern, URLResolver, get_resolver, reverse

import tests
from accounts.access import declared_access
from tests.access import ADMIN, ANONYMOUS, HIRING_MANAGER, RECRUITER, Rule
from tests.factories import AdminFactory, HiringManagerFactory, RecruiterFactory

ROLES = (ANONYMOUS, HIRING_MANAGER, RECRUITER, ADMIN)
USER_FACTORIES = {HIRING_MANAGER: HiringManagerFactory, RECRUITER: RecruiterFactory, ADMIN: AdminFactory}
ADMIN_NAMESPACE = "admin"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True)
class Route:
    name: str | None  # namespaced, e.g. "candidates:detail"; None for an unnamed pattern
    namespaces: tuple[str, ...]
    route: str
    callback: Any


def walk_urlconf(
    patterns: Iterable[URLPattern | URLResolver] | None = None, namespaces: tuple[str, ...] = (), prefix: str = ""
) -> list[Route]:
    """Every URL pattern of the URLconf, recursing into includes."""
    found: list[Route] = []
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = (*namespaces, pattern.namespace) if pattern.namespace else namespaces
            found.extend(walk_urlconf(pattern.url_patterns, inner, prefix + str(pattern.pattern)))
        else:
            name = ":".join((*namespaces, pattern.name)) if pattern.name else None
            found.append(Route(name, namespaces, prefix + str(pattern.pattern), pattern.callback))
    return found


def load_matrix() -> tuple[dict[str, Rule], dict[str, str], list[str]]:
    """The rules of every ``tests/*/access_matrix.py``, the prefix rules, and names declared twice."""
    rules: dict[str, Rule] = {}
    prefixes: dict[str, str] = {}
    origins: dict[str, str] = {}
    duplicates: list[str] = []
    for path in sorted(Path(tests.__file__).parent.glob("*/access_matrix.py")):
        module_name = f"tests.{path.parent.name}.access_matrix"
        module = importlib.import_module(module_name)
        for name, rule in getattr(module, "RULES", {}).items():
            if name in origins:
                duplicates.append(f"{name} ({origins[name]} and {module_name})")
            origins[name] = module_name
            rules[name] = rule
        prefixes.update(getattr(module, "PREFIX_RULES", {}))
    return rules, prefixes, duplicates


ROUTES = walk_urlconf()
URL_NAMES = sorted({route.name for route in ROUTES if route.name})
RULES, PREFIX_RULES, DUPLICATES = load_matrix()
CALLBACKS = {route.name: route.callback for route in reversed(ROUTES) if route.name}  # first pattern wins


def covering_rule(name: str) -> str | None:
    """The name whose rule covers this URL name: itself, or a prefix rule's representative."""
    if name in RULES:
        return name
    for prefix, representative in PREFIX_RULES.items():
        if name.startswith(prefix) and representative in RULES:
            return representative
    return None


def test_walk_finds_namespaced_names():
    assert {"healthz", "core:dashboard", "candidates:detail", "api:candidate-list", "admin:index"} <= set(URL_NAMES)


def test_every_url_name_has_a_rule():
    missing = [name for name in URL_NAMES if covering_rule(name) is None]
    assert not missing, "URL names without an access rule in any tests/*/access_matrix.py:\n" + "\n".join(missing)


def test_no_rule_is_declared_twice():
    assert not DUPLICATES, "URL names with more than one rule:\n" + "\n".join(DUPLICATES)


def test_every_rule_names_an_existing_url():
    stale = sorted(set(RULES) - set(URL_NAMES))
    stale += [prefix for prefix, name in PREFIX_RULES.items() if name not in RULES]
    assert not stale, "Rules for URL names that do not exist (any more):\n" + "\n".join(stale)


def test_every_pattern_has_a_name():
    # An unnamed pattern cannot appear in the matrix. Django's admin has a few (its redirects from an
    # object's bare URL to its change page and its catch-all), guarded like the rest of the admin site.
    unnamed = [route.route for route in ROUTES if route.name is None and route.namespaces[:1] != (ADMIN_NAMESPACE,)]
    assert not unnamed, "URL patterns without a name:\n" + "\n".join(unnamed)


def test_every_view_declares_its_access():
    undeclared = []
    checked = set()
    for route in ROUTES:
        # Django's admin guards its own views (AdminSite.admin_view: active staff only, then model permissions);
        # the matrix proves that on admin:index.
        if route.namespaces[:1] == (ADMIN_NAMESPACE,):
            continue
        # Rest framework's format-suffix patterns ("candidates.json") repeat a pattern with the same name and
        # the very same view: checking the view once is enough.
        if (route.name, route.callback) in checked:
            continue
        checked.add((route.name, route.callback))
        if declared_access(route.callback) is None:
            callback = route.callback
            undeclared.append(f"{route.name or '(unnamed)'} /{route.route} → {callback.__module__}.{callback.__name__}")
    assert not undeclared, "Views that declare no access (accounts.access):\n" + "\n".join(undeclared)


CASES = [(name, role) for name in sorted(RULES) for role in ROLES]


def login_path(name: str) -> str:
    """Where a refused visitor is sent to sign in: the admin site has its own login form."""
    if name.startswith(f"{ADMIN_NAMESPACE}:"):
        return reverse("admin:login")
    return resolve_url(settings.LOGIN_URL)


def redirects_to(response: Any, path: str) -> bool:
    return response.status_code in REDIRECT_STATUSES and urlsplit(response["Location"]).path == path


def is_api_view(name: str) -> bool:
    return hasattr(CALLBACKS.get(name), "cls")  # rest framework views


def send(client: Any, rule: Rule, url: str) -> Any:
    method = rule.method.lower()
    if method in ("get", "post", "head", "options"):
        return getattr(client, method)(url, data=rule.data)
    return getattr(client, method)(url, data=rule.data, content_type="application/json")


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "role"), CASES, ids=[f"{name}-{role}" for name, role in CASES])
def test_access(client, settings, name, role):
    rule = RULES[name]
    if rule.skip_reason:
        pytest.skip(rule.skip_reason)
    settings.HEALTHZ_WORKER_TIMEOUT = 0.05  # the worker count is informative; access is what is tested here
    if role != ANONYMOUS:
        client.force_login(USER_FACTORIES[role]())
    url = reverse(name, kwargs=rule.kwargs() if rule.kwargs else None)

    response = send(client, rule, url)

    outcome = f"{rule.method.upper()} {url} as {role}: {response.status_code} {response.get('Location', '')}"
    sign_in = login_path(name)
    if role in rule.allowed:
        assert response.status_code not in (401, 403, 404), outcome
        assert not redirects_to(response, sign_in), outcome
    elif role == ANONYMOUS:
        if is_api_view(name):
            assert response.status_code in (401, 403), outcome
        else:
            assert redirects_to(response, sign_in), outcome
    elif name.startswith(f"{ADMIN_NAMESPACE}:"):
        # Django's admin sends signed-in users without staff rights to its own login form, not to a 403.
        assert redirects_to(response, sign_in), outcome
    else:
        assert response.status_code == rule.denied_status, outcome
