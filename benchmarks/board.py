"""The pipeline board of one job with 1,000 applications: server time and SQL queries.

    make bench                                   # or: python -m benchmarks.board --applications 1000 --requests 50

Works in a database of its own (created, migrated, filled and dropped here). With Django's test client signed
in as a recruiter and DEBUG off (recruiting.settings.test), measures:

- server time (median, 95th percentile) of the board (every card rendered: name, title, score, source, tags,
  days in stage and its "Move to" menu), of the board filtered (source, score, tag) and sorted by score, of the
  list view (a page of 50), and of a move by htmx (the two columns it changes sent back);
- the number of SQL queries of the board with 10, 100 and 1,000 applications: it must not grow (target: constant,
  and a median at most 300 ms with 1,000 applications).
"""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta
from typing import Any

from benchmarks.__main__ import _log, bench_django, count_queries, measure

SIZES = (10, 100, 1_000)
TARGET_MS = 300.0


def seed(job: Any, count: int, offset: int, tags: list[Any]) -> None:
    from django.utils import timezone

    from ats.models import Application, StageKind
    from candidates.models import Candidate

    stages = list(job.stages.exclude(kind__in=[StageKind.HIRED, StageKind.REJECTED]).order_by("position"))
    people = Candidate.objects.bulk_create(
        [
            Candidate(
                first_name=f"Prénom{offset + number}",
                last_name=f"Nom{offset + number}",
                email=f"board{offset + number}@example.org",
                current_title="Développeuse Python" if number % 2 else "Data analyst",
                current_employer="Acme" if number % 3 else "",
            )
            for number in range(count)
        ],
        batch_size=1_000,
    )
    through = Candidate.tags.through
    through.objects.bulk_create(
        [
            through(candidate_id=person.pk, tag_id=tags[(number + turn) % len(tags)].pk)
            for number, person in enumerate(people)
            for turn in range(number % 3)
        ],
        batch_size=2_000,
    )
    now = timezone.now()
    Application.objects.bulk_create(
        [
            Application(
                candidate=person,
                job=job,
                stage=stages[number % len(stages)],
                source=("linkedin", "career_site", "referral", "indeed")[number % 4],
                score=(number * 37) % 101 if number % 5 else None,
                flagged=number % 11 == 0,
                status="active" if number % 9 else "rejected",
                stage_entered_at=now - timedelta(days=number % 15),
            )
            for number, person in enumerate(people)
        ],
        batch_size=1_000,
    )


def run(*, applications: int, requests: int) -> bool:
    from django.test import Client
    from django.test.utils import setup_test_environment
    from django.urls import reverse

    from ats import services
    from ats.models import Application, StageKind
    from candidates.models import Tag
    from tests.factories import RecruiterFactory

    setup_test_environment()
    recruiter = RecruiterFactory()
    client = Client()
    client.force_login(recruiter)
    tags = [Tag.objects.create(name=name, normalized=name) for name in ("python", "senior", "remote", "bilingue")]

    query_counts = []
    seeded = 0
    for size in SIZES:
        job = services.job_create(title=f"Poste {size}", actor=recruiter)
        seed(job, size, seeded, tags)
        seeded += size
        url = reverse("ats:job_detail", kwargs={"pk": job.pk})
        query_counts.append((size, count_queries(lambda url=url: client.get(url))))

    job = services.job_create(title="Développeuse Python", actor=recruiter)
    seed(job, applications, seeded, tags)
    board_url = reverse("ats:job_detail", kwargs={"pk": job.pk})
    pages = [
        ("board, in progress", board_url),
        ("board, everything by score", f"{board_url}?status=all&sort=score"),
        ("board, filtered", f"{board_url}?source=linkedin&score_min=30&tags=python"),
        ("list view (page of 50)", reverse("ats:application_list", kwargs={"pk": job.pk})),
    ]
    rows = []
    for label, url in pages:
        result = measure(lambda url=url: client.get(url), requests)
        rows.append((label, count_queries(lambda url=url: client.get(url)), result))

    # A move by htmx, back and forth between two working stages (the two columns are sent back).
    stages = list(job.stages.exclude(kind__in=[StageKind.HIRED, StageKind.REJECTED]).order_by("position")[:2])
    card = Application.objects.filter(job=job, stage=stages[0], status="active").first()
    move_url = reverse("ats:board_move", kwargs={"pk": job.pk})
    turn = {"index": 1}

    def move() -> Any:
        target = stages[turn["index"]]
        turn["index"] = 1 - turn["index"]
        return client.post(move_url, {"application": card.pk, "stage": target.pk}, HTTP_HX_REQUEST="true")

    rows.append(("move by drag and drop (htmx)", count_queries(move), measure(move, requests)))

    shown = Application.objects.filter(job=job, status="active").count()
    width = max(len(label) for label, *_ in rows)
    _log(f"\nBoard: {applications:,} applications on one job ({shown:,} in progress), {requests} requests each")
    _log(f"  {'page':<{width}}  {'median':>9}  {'p95':>9}  {'queries':>7}")
    for label, queries, result in rows:
        _log(f"  {label:<{width}}  {result['median']:>7.1f}ms  {result['p95']:>7.1f}ms  {queries:>7}")
    board_median = rows[0][2]["median"]
    _log(f"  ratio to target (board median / {TARGET_MS:.0f} ms): {board_median / TARGET_MS:.2f}x")
    _log("\nSQL queries of the board by number of applications")
    for size, queries in query_counts:
        _log(f"  {size:>6,} applications  {queries:>3} queries")
    constant = len({queries for _, queries in query_counts}) == 1
    _log(f"  constant: {'yes' if constant else 'NO: the count grows with the rows (N+1 query)'}")
    return constant and board_median <= TARGET_MS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.board", description=__doc__.split("\n\n")[0])
    parser.add_argument("--applications", type=int, default=1_000)
    parser.add_argument("--requests", type=int, default=50)
    args = parser.parse_args(argv)
    with bench_django(parser):
        run(applications=args.applications, requests=args.requests)
    return 0


if __name__ == "__main__":
    sys.exit(main())
