"""Benchmarks of the pages recruiters open all day, on a realistic volume of data.

    make bench                                   # or: python -m benchmarks --candidates 10000 --requests 50

Works in a database of its own (``bench_<random>`` on the server of DATABASE_URL), created, migrated, filled and
dropped by this script: the development database is never touched. Measures, with Django's test client signed
in as a recruiter and DEBUG off (recruiting.settings.test):

- server time (median and 95th percentile) of the dashboard and the candidate list, with and without a search;
- the number of SQL queries of the candidate list with 10, 100 and 1,000 people in the database: it must not
  grow with the number of rows (no N+1).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import random
import secrets
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit, urlunsplit

QUERY_COUNT_SIZES = (10, 100, 1_000)
SEARCHES = ("martin", "developpeur python")

FIRST_NAMES = [
    "Camille", "Léa", "Manon", "Chloé", "Emma", "Inès", "Sarah", "Julie", "Laura", "Marie", "Lucas", "Hugo",
    "Thomas", "Nicolas", "Julien", "Maxime", "Antoine", "Alexandre", "Romain", "Mehdi", "Yasmine", "Sofia",
    "Olivia", "James", "Oliver", "Amelia", "Jack", "Isla", "Noah", "Mia",
]  # fmt: skip
LAST_NAMES = [
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
    "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
    "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Smith", "Jones",
]  # fmt: skip
TITLES = [
    "Développeur Python", "Développeuse Java", "Chef de projet", "Data analyst", "Ingénieur DevOps",
    "Commerciale B2B", "Comptable", "Infirmier", "Responsable RH", "Product manager", "UX designer",
    "Technicien support", "Juriste", "Acheteur", "Contrôleur de gestion",
]  # fmt: skip
EMPLOYERS = ["Acme", "Globex", "Initech", "Soylent", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne", "Tyrell"]
CITIES = [("Paris", "FR"), ("Lyon", "FR"), ("Marseille", "FR"), ("Nantes", "FR"), ("Lille", "FR"),
          ("Bordeaux", "FR"), ("Toulouse", "FR"), ("London", "GB"), ("Bruxelles", "BE"), ("Genève", "CH")]  # fmt: skip
SOURCES = ["career_site", "linkedin", "referral", "job_board", "event", "import"]
TAGS = ["python", "java", "senior", "junior", "remote", "data", "sales", "santé", "management", "freelance",
        "anglais", "alternance", "silver medalist", "à recontacter", "cdi", "cdd", "stage", "bilingue"]  # fmt: skip


def _log(message: str) -> None:
    print(message, flush=True)


# --- The benchmark database --------------------------------------------------------------------------------------
def _with_database(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path="/" + name))


def _maintenance(url: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(_with_database(url, "postgres"), autocommit=True) as connection:
        connection.execute(statement)  # type: ignore[arg-type]


def create_database(url: str, name: str) -> None:
    _maintenance(url, f'CREATE DATABASE "{name}"')


def drop_database(url: str, name: str) -> None:
    _maintenance(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def bench_django(parser: argparse.ArgumentParser, *, keep: bool = False) -> Iterator[str]:
    """Django set up (test settings, DEBUG off) on a migrated database of its own on DATABASE_URL's server,
    dropped afterwards (unless ``keep``): the development database is never touched. Yields its name."""
    server_url = os.environ.get("DATABASE_URL", "")
    if not server_url:
        parser.error("DATABASE_URL is unset: run `make bench`, which starts the embedded PostgreSQL if needed")
    name = f"bench_{secrets.token_hex(4)}"
    create_database(server_url, name)
    _log(f"benchmark database: {name}")
    os.environ["DATABASE_URL"] = _with_database(server_url, name)
    os.environ["DJANGO_SETTINGS_MODULE"] = "recruiting.settings.test"
    os.environ["DEBUG"] = "false"
    try:
        import django
        from django.core.management import call_command

        django.setup()
        logging.getLogger("axes").setLevel(logging.WARNING)  # one line per signed-in client otherwise
        started = time.monotonic()
        call_command("migrate", verbosity=0, interactive=False)
        _log(f"migrated in {time.monotonic() - started:.1f}s")
        yield name
    finally:
        from django.db import connections

        connections.close_all()
        if keep:
            _log(f"kept database {name}")
        else:
            drop_database(server_url, name)


# --- Data --------------------------------------------------------------------------------------------------------
class Seeder:
    """Adds people (with tags and a timeline) in bulk, as a long-lived installation would have them."""

    def __init__(self) -> None:
        from accounts.models import Role, User
        from candidates.models import Tag
        from candidates.normalize import fold

        self.random = random.Random(2026)
        self.recruiter = User.objects.create_user(
            email="bench-recruiter@example.org", role=Role.RECRUITER, first_name="Bench", last_name="Recruiter"
        )
        self.tags = Tag.objects.bulk_create([Tag(name=name, normalized=fold(name)) for name in TAGS])
        self.count = 0

    def add(self, how_many: int) -> None:
        from django.db import connection, transaction
        from django.utils import timezone

        from candidates.models import Activity, ActivityKind, Candidate
        from candidates.normalize import fold

        now = timezone.now()
        pick = self.random.choice
        people = []
        for number in range(self.count, self.count + how_many):
            first, last = pick(FIRST_NAMES), pick(LAST_NAMES)
            city, country = pick(CITIES)
            created = now - timedelta(minutes=self.random.randint(0, 2 * 365 * 24 * 60))
            people.append(
                Candidate(
                    first_name=first,
                    last_name=last,
                    email=f"{fold(first)}.{fold(last)}.{number}@example.org".replace(" ", ""),
                    phone=f"+336{number:08d}",
                    city=city,
                    country=country,
                    current_title=pick(TITLES),
                    current_employer=pick(EMPLOYERS),
                    years_experience=self.random.randint(0, 30),
                    source=pick(SOURCES),
                    owner=self.recruiter,
                    created_at=created,
                    last_activity_at=created + timedelta(days=self.random.randint(0, 60)),
                )
            )
        with transaction.atomic():
            people = Candidate.objects.bulk_create(people, batch_size=2_000)
            Through = Candidate.tags.through
            Through.objects.bulk_create(
                [
                    Through(candidate_id=person.pk, tag_id=tag.pk)
                    for person in people
                    for tag in self.random.sample(self.tags, self.random.randint(0, 3))
                ],
                batch_size=5_000,
            )
            kinds = [ActivityKind.CREATED, ActivityKind.NOTE, ActivityKind.EMAIL_SENT, ActivityKind.TAGGED]
            Activity.objects.bulk_create(
                [
                    Activity(
                        candidate_id=person.pk,
                        kind=kind,
                        actor=self.recruiter,
                        occurred_at=person.created_at + timedelta(hours=step),
                        payload={"text": "Échange téléphonique."} if kind == ActivityKind.NOTE else {},
                    )
                    for person in people
                    for step, kind in enumerate(kinds[: self.random.randint(1, len(kinds))])
                ],
                batch_size=5_000,
            )
            # The search document the product maintains (candidates.services), built here in bulk.
            with connection.cursor() as cursor:
                cursor.executemany(
                    f"UPDATE {Candidate._meta.db_table} SET search_document = "  # noqa: S608 - our own table name
                    "setweight(to_tsvector('simple', %s), 'A') || setweight(to_tsvector('simple', %s), 'B')"
                    " || setweight(to_tsvector('simple', %s), 'C') WHERE id = %s",
                    [
                        (
                            fold(f"{person.first_name} {person.last_name} {person.email} {person.phone}"),
                            fold(person.current_title),
                            fold(f"{person.current_employer} {person.city}"),
                            person.pk,
                        )
                        for person in people
                    ],
                )
                cursor.execute("ANALYZE")  # fresh statistics, as autovacuum would have them on a real installation
        self.count += how_many

    def grow_to(self, total: int) -> None:
        if total > self.count:
            self.add(total - self.count)


# --- Measures ----------------------------------------------------------------------------------------------------
def measure(get: Callable[[], Any], requests: int) -> dict[str, float]:
    for _ in range(3):  # warm-up: template and URL caches, connection
        response = get()
        if response.status_code != 200:
            raise SystemExit(f"unexpected HTTP {response.status_code} for {response.request['PATH_INFO']}")
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        get()
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return {
        "median": statistics.median(timings),
        "p95": timings[max(0, round(0.95 * len(timings)) - 1)],
        "min": timings[0],
    }


def count_queries(get: Callable[[], Any]) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    get()  # warm-up
    with CaptureQueriesContext(connection) as captured:
        response = get()
    assert response.status_code == 200, response.status_code
    return len(captured)


def matches(text: str) -> int:
    """People a search finds (prefix match on every word, as the product searches), so that a fast search
    is known not to be an empty one."""
    from django.contrib.postgres.search import SearchQuery

    from candidates.models import Candidate
    from candidates.normalize import fold

    raw = " & ".join(f"'{word}':*" for word in fold(text).split())
    return Candidate.objects.filter(search_document=SearchQuery(raw, config="simple", search_type="raw")).count()


def run(*, candidates: int, requests: int) -> None:
    from django.test import Client
    from django.test.utils import setup_test_environment
    from django.urls import reverse

    setup_test_environment()  # the test client's host name, in-memory e-mail
    seeder = Seeder()
    client = Client()
    client.force_login(seeder.recruiter)
    list_url = reverse("candidates:list")
    dashboard_url = reverse("core:dashboard")

    started = time.monotonic()
    query_counts: list[tuple[int, int]] = []
    for size in QUERY_COUNT_SIZES:
        seeder.grow_to(size)
        query_counts.append((size, count_queries(lambda: client.get(list_url))))
    seeder.grow_to(candidates)
    _log(f"seeded {seeder.count:,} candidates with tags and timelines in {time.monotonic() - started:.1f}s\n")

    pages = [
        ("dashboard", dashboard_url),
        ("candidate list", list_url),
        *(
            (f"candidate list, q={text!r} ({matches(text):,} found)", f"{list_url}?q={text.replace(' ', '+')}")
            for text in SEARCHES
        ),
    ]
    rows = []
    for label, url in pages:
        result = measure(lambda url=url: client.get(url), requests)
        rows.append((label, url, count_queries(lambda url=url: client.get(url)), result))

    width = max(len(label) for label, *_ in rows)
    _log(f"Server time over {requests} requests, {seeder.count:,} candidates (Django test client, DEBUG off)")
    _log(f"  {'page':<{width}}  {'median':>9}  {'p95':>9}  {'min':>9}  {'queries':>7}")
    for label, _url, queries, result in rows:
        _log(
            f"  {label:<{width}}  {result['median']:>7.1f}ms  {result['p95']:>7.1f}ms  {result['min']:>7.1f}ms"
            f"  {queries:>7}"
        )
    _log("\nSQL queries of the candidate list by number of people in the database")
    for size, queries in query_counts:
        _log(f"  {size:>6,} people  {queries:>3} queries")
    constant = len({queries for _, queries in query_counts}) == 1
    _log(f"  constant: {'yes' if constant else 'NO: the count grows with the rows (N+1 query)'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--candidates", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--keep", action="store_true", help="keep the benchmark database afterwards")
    args = parser.parse_args(argv)

    with bench_django(parser, keep=args.keep):
        run(candidates=args.candidates, requests=args.requests)
    return 0


if __name__ == "__main__":
    sys.exit(main())
