"""Career-site apply throughput: the real application under gunicorn, loaded from other processes on loopback.

    make bench                               # or: python -m benchmarks.apply --seconds 20 --connections 8

Targets (issue 5): with a 200 KB PDF, at least 30 applications per second on this 2-core machine with a 95th
percentile at most 300 ms, and zero lost applications.

How it runs:

- a database of its own (``bench_apply_<random>`` on the server of DATABASE_URL), created, migrated and dropped
  here, with published jobs (a screening question each); the development database is never touched;
- ``gunicorn recruiting.wsgi`` (sync workers, ``--workers``) on 127.0.0.1 with the test settings, DEBUG off and
  rate limiting off (RATELIMIT_ENABLED=false); CVs are stored under a temporary folder; the parse and
  acknowledgement tasks are really sent to the broker (REDIS_URL), under a key prefix of their own that is deleted
  at the end (no worker consumes them: parsing is not part of the apply request);
- load from ``--processes`` other processes with ``--connections`` threads in all, each a visitor who fetches the
  form once (its CSRF cookie and token), then posts it again and again with a real 200 KB PDF and a new e-mail
  address each time (``http.client``: no dependency), for a warm-up then ``--seconds``;
- then: applications per second, latency percentiles, errors, and the count of applications, CVs and
  acknowledgements in the database against the number of successful responses (zero lost);
- what limits it: CPU time used by gunicorn, by PostgreSQL, by the load generator, the machine's idle time, and a
  profile of the apply request in one process (where the server's time goes).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import multiprocessing
import os
import pstats
import re
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from http.client import HTTPConnection
from pathlib import Path
from typing import Any

from benchmarks.__main__ import _log, _with_database, create_database, drop_database

BASE_DIR = Path(__file__).resolve().parent.parent
TARGET_RATE = 30.0
TARGET_P95_MS = 300.0
PDF_SIZE = 200 * 1024
BOUNDARY = "----benchapply" + "0" * 16


# --- The CV ----------------------------------------------------------------------------------------------------
def cv_pdf(size: int = PDF_SIZE) -> bytes:
    """A real CV as a PDF of about ``size`` bytes: a page of text and a photo-like picture (noise does not
    compress, so the file has the size a scanned photo would give it)."""
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    def build(side: int) -> bytes:
        buffer = io.BytesIO()
        pdf = canvas.Canvas(buffer, pagesize=A4)
        lines = [
            "Camille Martin", "camille.martin@example.org · 06 12 34 56 78 · Lyon", "",
            "Expérience", "2021-2026  Développeuse Python, Acme, Lyon",
            "Django, PostgreSQL, Celery, Redis; revues de code et intégration continue.",
            "2018-2021  Développeuse web, Globex, Paris", "",
            "Formation", "2018  Master informatique, Université de Lyon",
            "", "Compétences", "Python, Django, SQL, Docker, Git, anglais courant (C1)",
        ]  # fmt: skip
        for number, line in enumerate(lines):
            pdf.drawString(72, 760 - 16 * number, line)
        noise = Image.frombytes("RGB", (side, side), secrets.token_bytes(side * side * 3))
        pdf.drawImage(ImageReader(noise), 420, 640, width=100, height=100)
        pdf.showPage()
        pdf.save()
        return buffer.getvalue()

    side = int((size * 0.85 / 3) ** 0.5)
    data = build(side)
    while len(data) < size * 0.97:
        side += 4
        data = build(side)
    return data


# --- The server ------------------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_gunicorn(*, env: dict[str, str], port: int, workers: int, log: Path) -> subprocess.Popen[bytes]:
    command = [
        sys.executable, "-m", "gunicorn", "recruiting.wsgi:application",
        "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--worker-class", "sync",
        "--timeout", "60", "--log-level", "warning", "--error-logfile", str(log),
    ]  # fmt: skip
    return subprocess.Popen(command, cwd=BASE_DIR, env=env, start_new_session=True)


def wait_until_up(port: int, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            connection = HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/careers/")
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.25)
    raise SystemExit("gunicorn did not answer on /careers/")


# --- The load --------------------------------------------------------------------------------------------------
def _multipart(fields: list[tuple[str, str]], file_part: bytes) -> bytes:
    head = b"".join(
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields
    )
    return head + file_part + f"--{BOUNDARY}--\r\n".encode()


def _visitor(
    *, port: int, path: str, question: str, pdf: bytes, warmup_until: float, stop_at: float, label: str
) -> list[tuple[float, float, int]]:
    """One applicant after another from one browser: the form once (CSRF cookie and token), then posts."""
    connection = HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path)
    response = response_page = connection.getresponse()
    page = response_page.read().decode()
    cookie = next(
        part.split(";", 1)[0] for part in response.headers.get_all("Set-Cookie") or [] if part.startswith("csrftoken=")
    )
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    file_part = (
        (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="cv"; filename="cv.pdf"\r\n'
            "Content-Type: application/pdf\r\n\r\n"
        ).encode()
        + pdf
        + b"\r\n"
    )
    results: list[tuple[float, float, int]] = []
    number = 0
    while (now := time.monotonic()) < stop_at:
        number += 1
        body = _multipart(
            [
                ("csrfmiddlewaretoken", token),
                ("first_name", "Camille"),
                ("last_name", f"Martin {label}-{number}"),
                ("email", f"bench-{label}-{number}@example.org"),
                ("consent_application", "on"),
                (question, "yes"),
            ],
            file_part,
        )
        headers = {
            "Content-Type": f"multipart/form-data; boundary={BOUNDARY}",
            "Content-Length": str(len(body)),
            "Cookie": cookie,  # the CSRF cookie only: each application opens a new session, as a new visitor would
        }
        started = time.perf_counter()
        try:
            connection.request("POST", path, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            status = response.status
            if response.getheader("Connection", "").lower() == "close":
                connection.close()
        except OSError:
            connection.close()
            status = 0
        elapsed = time.perf_counter() - started
        if now >= warmup_until:
            results.append((now, elapsed, status))
        else:
            results.append((-1.0, elapsed, status))  # warm-up: counted for "lost", not for the rates
    return results


def _load_process(arguments: dict[str, Any]) -> list[tuple[float, float, int]]:
    results: list[tuple[float, float, int]] = []
    lock = threading.Lock()

    def run(index: int) -> None:
        found = _visitor(label=f"{arguments['process']}-{index}-{uuid.uuid4().hex[:6]}", **arguments["visitor"])
        with lock:
            results.extend(found)

    threads = [threading.Thread(target=run, args=(index,)) for index in range(arguments["threads"])]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


# --- CPU accounting ----------------------------------------------------------------------------------------------
def _cpu_seconds(pids: list[int]) -> float:
    import psutil

    total = 0.0
    for pid in pids:
        try:
            times = psutil.Process(pid).cpu_times()
            total += times.user + times.system + times.children_user + times.children_system
        except psutil.Error:
            pass
    return total


def _group_cpu(root: int) -> float:
    import psutil

    try:
        process = psutil.Process(root)
        return _cpu_seconds([root, *(child.pid for child in process.children(recursive=True))])
    except psutil.Error:
        return 0.0


def _postgres_cpu() -> float:
    import psutil

    return _cpu_seconds([p.pid for p in psutil.process_iter(["name"]) if p.info["name"] in ("postgres", "postmaster")])


def _idle_seconds() -> float:
    import psutil

    return float(psutil.cpu_times().idle)


# --- Profile -----------------------------------------------------------------------------------------------------
def profile_requests(*, job_slug: str, question: str, pdf: bytes, count: int) -> list[tuple[str, float]]:
    """Where the server's time goes: ``count`` applications through Django's test client in this process,
    profiled; the share of a few parts of the request, by cumulative time."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.test import Client
    from django.test.utils import setup_test_environment
    from django.urls import reverse

    setup_test_environment()
    client = Client()
    url = reverse("careers:apply", kwargs={"slug": job_slug})

    def one(number: int) -> None:
        response = client.post(
            url,
            {
                "first_name": "Camille",
                "last_name": f"Profile {number}",
                "email": f"profile-{number}-{uuid.uuid4().hex[:6]}@example.org",
                "consent_application": "on",
                question: "yes",
                "cv": SimpleUploadedFile("cv.pdf", pdf, content_type="application/pdf"),
            },
        )
        assert response.status_code == 302, response.status_code

    one(0)  # warm-up
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    for number in range(1, count + 1):
        one(number)
    profiler.disable()
    total = time.perf_counter() - started
    stats = pstats.Stats(profiler)
    # (label, a piece of the function's file path, the function's name)
    parts = [
        ("form: multipart parsing of the upload", "django/http/request.py", "_load_post_and_files"),
        ("form: CV type detection (parsing.detect)", "parsing/detect.py", "detect_type"),
        ("service: application_submit (one transaction)", "ats/services/applications.py", "application_submit"),
        ("  of which finding or creating the person", "candidates/services/__init__.py", "candidate_get_or_create"),
        ("  of which storing the CV (resume_upload)", "candidates/services/resumes.py", "resume_upload"),
        ("  of which the acknowledgement (message_queue)", "messaging/services/sending.py", "message_queue"),
        ("after commit: parse task sent to the broker", "candidates/services/resumes.py", "_queue_parse"),
        ("after commit: e-mail task sent to the broker", "messaging/services/sending.py", "dispatch"),
        ("session saved", "sessions/backends/db.py", "save"),
        ("page rendered (template)", "django/shortcuts.py", "render"),
    ]
    shares: list[tuple[str, float]] = [("whole request (test client, one process)", total / count * 1000)]
    for label, path, function in parts:
        cumulative = sum(
            value[3]
            for key, value in stats.stats.items()  # type: ignore[attr-defined]
            if key[2] == function and key[0].replace(os.sep, "/").endswith(path)
        )
        shares.append((label, cumulative / count * 1000))
    return shares


# --- Main ----------------------------------------------------------------------------------------------------------
def seed(jobs: int) -> tuple[list[str], list[str]]:
    from ats import services
    from ats.models import ScreeningQuestion

    slugs, questions = [], []
    for number in range(jobs):
        job = services.job_create(
            title=f"Développeur Python {number + 1}", city="Lyon", description="<p>Django, PostgreSQL.</p>"
        )
        question = ScreeningQuestion.objects.create(job=job, text="Permis B ?", kind="yes_no")
        services.job_set_status(job=job, action="publish")
        slugs.append(job.slug)
        questions.append(f"question_{question.pk}")
    return slugs, questions


def percentile(sorted_values: list[float], share: float) -> float:
    return sorted_values[max(0, round(share * len(sorted_values)) - 1)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.apply", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--warmup", type=float, default=3.0)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn sync workers")
    parser.add_argument("--processes", type=int, default=2, help="load-generating processes")
    parser.add_argument("--connections", type=int, default=8, help="concurrent visitors in all")
    parser.add_argument("--jobs", type=int, default=1, help="jobs applied to (1: everyone applies to the same job)")
    parser.add_argument("--profile", type=int, default=40, help="applications profiled in one process (0: none)")
    parser.add_argument("--keep", action="store_true", help="keep the benchmark database afterwards")
    args = parser.parse_args(argv)

    server_url = os.environ.get("DATABASE_URL", "")
    if not server_url:
        parser.error("DATABASE_URL is unset: run `make bench`, which starts the embedded PostgreSQL if needed")
    name = f"bench_apply_{secrets.token_hex(4)}"
    create_database(server_url, name)
    _log(f"benchmark database: {name}")
    var_dir = Path(tempfile.mkdtemp(prefix="bench-apply-"))
    prefix = f"bench-apply-{secrets.token_hex(4)}:"
    os.environ.update(
        {
            "DATABASE_URL": _with_database(server_url, name),
            "DJANGO_SETTINGS_MODULE": "recruiting.settings.test",
            "DEBUG": "false",
            "RATELIMIT_ENABLED": "false",
            "VAR_DIR": str(var_dir),
            "CELERY_BROKER_KEY_PREFIX": prefix,
        }
    )
    server: subprocess.Popen[bytes] | None = None
    try:
        import django
        from django.core.management import call_command

        django.setup()
        started = time.monotonic()
        call_command("migrate", verbosity=0, interactive=False)
        _log(f"migrated in {time.monotonic() - started:.1f}s")
        slugs, questions = seed(args.jobs)
        pdf = cv_pdf()
        _log(f"CV: a real PDF of {len(pdf) / 1024:.0f} KB; {args.jobs} published job(s)")

        port = free_port()
        server = start_gunicorn(env=dict(os.environ), port=port, workers=args.workers, log=var_dir / "gunicorn.log")
        wait_until_up(port)
        # Every worker loads the app (first request per worker); these visits are not measured.
        for slug in slugs:
            for _ in range(args.workers * 2):
                connection = HTTPConnection("127.0.0.1", port, timeout=30)
                connection.request("GET", f"/careers/{slug}/apply/")
                connection.getresponse().read()

        threads_per_process = max(1, args.connections // args.processes)
        begin = time.monotonic() + 1.0  # every process starts before the clock runs
        warmup_until = begin + args.warmup
        stop_at = warmup_until + args.seconds
        work = [
            {
                "process": number,
                "threads": threads_per_process,
                "visitor": {
                    "port": port,
                    "path": f"/careers/{slugs[number % len(slugs)]}/apply/",
                    "question": questions[number % len(questions)],
                    "pdf": pdf,
                    "warmup_until": warmup_until,
                    "stop_at": stop_at,
                },
            }
            for number in range(args.processes)
        ]
        from django.db import connections

        connections.close_all()  # the load processes are forked from this one: they must not share its connection
        context = multiprocessing.get_context("fork")
        cpu_before = {"gunicorn": 0.0, "postgres": 0.0, "idle": 0.0}
        with context.Pool(args.processes) as pool:
            pending = pool.map_async(_load_process, work)
            time.sleep(max(0.0, warmup_until - time.monotonic()))
            cpu_before = {"gunicorn": _group_cpu(server.pid), "postgres": _postgres_cpu(), "idle": _idle_seconds()}
            load_pids = [child.pid for child in context.active_children() if child.pid is not None]
            load_before = _cpu_seconds(load_pids)
            measured_from = time.monotonic()
            chunks = pending.get(timeout=args.warmup + args.seconds + 120)
            measured = time.monotonic() - measured_from
            load_after = _cpu_seconds(load_pids)
        cpu_after = {"gunicorn": _group_cpu(server.pid), "postgres": _postgres_cpu(), "idle": _idle_seconds()}
        results = [row for chunk in chunks for row in chunk]

        from ats.models import Application
        from candidates.models import Resume
        from messaging.models import Message

        ok_all = sum(1 for _, _, status in results if status in (200, 302, 303))
        counted = [(at, elapsed, status) for at, elapsed, status in results if at >= 0]
        ok = [elapsed for _, elapsed, status in counted if status in (302, 303)]
        errors = [status for _, _, status in counted if status not in (302, 303)]
        latencies = sorted(elapsed * 1000 for elapsed in ok)
        rate = len(ok) / args.seconds
        applications = Application.objects.count()
        resumes = Resume.objects.count()
        messages = Message.objects.count()
        cores = os.cpu_count() or 1

        _log(
            f"\nApply under load: {args.connections} visitors from {args.processes} processes, gunicorn with "
            f"{args.workers} sync workers, {args.seconds:.0f}s after a {args.warmup:.0f}s warm-up"
        )
        _log(f"  applications per second   {rate:8.1f}   (target ≥ {TARGET_RATE:.0f})")
        if latencies:
            p95 = percentile(latencies, 0.95)
            _log(f"  latency p50               {statistics.median(latencies):8.1f} ms")
            _log(f"  latency p95               {p95:8.1f} ms   (target ≤ {TARGET_P95_MS:.0f} ms)")
            _log(f"  latency p99 / max         {percentile(latencies, 0.99):8.1f} / {latencies[-1]:.1f} ms")
        _log(f"  errors                    {len(errors):8d}   {sorted(set(errors)) if errors else ''}")
        lost = ok_all - applications
        _log(
            f"  successful responses {ok_all} (warm-up included); in the database: {applications} applications, "
            f"{resumes} CVs, {messages} acknowledgements queued"
        )
        _log(f"  lost applications         {lost:8d}   ({'none' if lost == 0 else 'LOST'})")
        gunicorn_cpu = cpu_after["gunicorn"] - cpu_before["gunicorn"]
        postgres_cpu = cpu_after["postgres"] - cpu_before["postgres"]
        idle = cpu_after["idle"] - cpu_before["idle"]
        _log(f"\nCPU over the measured {measured:.1f}s ({cores} cores = {cores * measured:.1f} core-seconds)")
        _log(f"  gunicorn workers          {gunicorn_cpu:8.1f} s   ({gunicorn_cpu / measured:.2f} cores)")
        _log(f"  PostgreSQL (all clients)  {postgres_cpu:8.1f} s   ({postgres_cpu / measured:.2f} cores)")
        _log(f"  load generator            {load_after - load_before:8.1f} s")
        _log(f"  machine idle              {idle:8.1f} s   ({idle / measured:.2f} cores)")
        if ok:
            _log(f"  gunicorn CPU per application: {gunicorn_cpu / len(ok) * 1000:.1f} ms")

        if args.profile:
            shares = profile_requests(job_slug=slugs[0], question=questions[0], pdf=pdf, count=args.profile)
            _log(f"\nWhere an apply request's time goes ({args.profile} requests profiled in one process, ms each)")
            for label, milliseconds in shares:
                _log(f"  {label:<52} {milliseconds:7.1f}")
        verdict = [f"{rate:.1f}/s {'≥' if rate >= TARGET_RATE else '<'} {TARGET_RATE:.0f}/s"]
        if latencies:
            p95 = percentile(latencies, 0.95)
            verdict.append(f"p95 {p95:.0f} ms {'≤' if p95 <= TARGET_P95_MS else '>'} {TARGET_P95_MS:.0f} ms")
        verdict.append(f"lost {lost}")
        _log("\nverdict: " + "; ".join(verdict))
    finally:
        if server is not None and server.poll() is None:
            os.killpg(server.pid, 15)
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, 9)
        from django.db import connections

        connections.close_all()
        _clean_broker(prefix)
        if args.keep:
            _log(f"kept database {name}")
        else:
            drop_database(server_url, name)
        subprocess.run(["rm", "-rf", str(var_dir)], check=False)
    return 0


def _clean_broker(prefix: str) -> None:
    """The tasks this run sent (nothing consumed them): deleted with their key prefix."""
    try:
        import redis
        from django.conf import settings

        client = redis.Redis.from_url(settings.REDIS_URL)
        keys = list(client.scan_iter(match=prefix + "*"))
        if keys:
            client.delete(*keys)
    except Exception as error:  # the broker may be what failed
        _log(f"could not clean the broker keys {prefix}*: {error}")


if __name__ == "__main__":
    sys.exit(main())
