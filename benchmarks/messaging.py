"""Messaging throughput: render and hand 10,000 messages to anymail's test backend in one process.

    make bench                                   # or: python -m benchmarks.messaging --messages 10000

Works in a database of its own (created, migrated and dropped here). Measures, in this one process (what one
worker process does):

- queueing: ``messages_queue_bulk`` renders one template (French and English, merge fields, layout, text part)
  for every person and stores the messages, their history rows and nothing else (no broker: dispatch is off);
- sending: ``messages_send`` in the batch size of a send task claims the messages, checks suppression and
  consent, builds each e-mail and hands it to anymail's test backend, then records status, history and timeline;
- messages per second for both together (target: at least 1,000), and the growth of the process's resident
  memory from before the first message to after the last (target: under 50 MB).

anymail's test backend keeps every e-mail it "sent" in ``django.core.mail.outbox``; the benchmark empties that
list after each batch, as a real ESP backend keeps nothing.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from typing import Any

from benchmarks.__main__ import _log, bench_django

FIRST = ["Camille", "Léa", "Zoé", "Hugo", "Mehdi", "Inès", "Noah", "Amélie", "Björn", "Chloé"]
LAST = ["Martin", "Durand", "Lefèvre", "Garcia", "Müller", "Núñez", "Smith", "Dubois", "François", "Roux"]


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def seed(count: int) -> list[Any]:
    from candidates.models import Candidate

    people = [
        Candidate(
            first_name=FIRST[number % len(FIRST)],
            last_name=LAST[(number // len(FIRST)) % len(LAST)],
            email=f"person{number}@example.org",
            phone=f"+336{number:08d}",
            country="FR",
            preferred_language="fr" if number % 3 else "en",
        )
        for number in range(count)
    ]
    return Candidate.objects.bulk_create(people, batch_size=2_000)


def run(*, count: int, batch: int) -> dict[str, float]:
    from django.core import mail
    from django.test.utils import setup_test_environment

    from messaging import services
    from messaging.models import Message, MessageStatus
    from messaging.services import sending

    setup_test_environment()
    from django.conf import settings

    settings.EMAIL_BACKEND = "anymail.backends.test.EmailBackend"
    sending._dispatch_after_commit = lambda ids: None  # no broker here: the benchmark sends itself
    people = seed(count)
    template = services.template_save(
        name="Bench",
        purpose="stage_update",
        subject_fr='Votre candidature « {{ job_title|default:"Développeur" }} » avance, {{ first_name }} 🎉',
        body_fr="<p>Bonjour {{ first_name }} {{ last_name }},</p><p>Votre candidature passe à l'étape "
        '« {{ stage_name|default:"Entretien" }} ». Nous revenons vers vous très vite.</p>'
        '<p><a href="{{ portal_url }}">Vos données</a></p><p>{{ company }}</p>',
        subject_en="Your application is moving forward, {{ first_name }}",
        body_en="<p>Hello {{ first_name }},</p><p>Your application has moved to the next stage.</p>"
        '<p><a href="{{ portal_url }}">Your data</a></p><p>{{ company }}</p>',
    )
    # Warm-up: templates, caches, the connection.
    warm, _ = services.messages_queue_bulk(candidates=people[:50], template=template)
    services.messages_send(message_ids=[m.pk for m in warm])
    mail.outbox = []
    Message.objects.filter(pk__in=[m.pk for m in warm]).delete()
    gc.collect()

    memory_before = rss_mb()
    queue_times, send_times = [], []
    started = time.perf_counter()
    for start in range(0, count, batch):
        chunk = people[start : start + batch]
        began = time.perf_counter()
        messages, skipped = services.messages_queue_bulk(candidates=chunk, template=template)
        queue_times.append(time.perf_counter() - began)
        assert not skipped, skipped
        began = time.perf_counter()
        counts = services.messages_send(message_ids=[m.pk for m in messages])
        send_times.append(time.perf_counter() - began)
        assert counts["sent"] == len(chunk), counts
        mail.outbox = []
    elapsed = time.perf_counter() - started
    gc.collect()
    memory_after = rss_mb()
    sent = Message.objects.filter(status=MessageStatus.SENT).count()
    assert sent == count, sent
    return {
        "elapsed": elapsed,
        "rate": count / elapsed,
        "queue_rate": count / sum(queue_times),
        "send_rate": count / sum(send_times),
        "queue_batch_median": statistics.median(queue_times) * 1000,
        "send_batch_median": statistics.median(send_times) * 1000,
        "memory_before": memory_before,
        "memory_growth": memory_after - memory_before,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.messaging", description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=500, help="messages per send task")
    args = parser.parse_args(argv)
    with bench_django(parser):
        result = run(count=args.messages, batch=args.batch)
    _log(f"\nMessaging: {args.messages:,} messages rendered and handed to anymail's test backend, one process")
    _log(f"  total               {result['elapsed']:8.2f} s   {result['rate']:8.0f} messages/s  (target ≥ 1,000)")
    _log(f"  queue (render+store) {result['queue_rate']:7.0f} messages/s, median {result['queue_batch_median']:.0f} ms"
         f" per {args.batch}")  # fmt: skip
    _log(f"  send (claim+ESP+record) {result['send_rate']:4.0f} messages/s, median {result['send_batch_median']:.0f} ms"
         f" per {args.batch}")  # fmt: skip
    _log(f"  resident memory     {result['memory_before']:8.1f} MB before, growth {result['memory_growth']:+.1f} MB"
         "  (target < 50 MB)")  # fmt: skip
    _log(f"  ratio to target     {result['rate'] / 1000:8.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
