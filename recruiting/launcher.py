"""`make run` and `make test` start here.

    python -m recruiting.launcher run            # web + worker + beat, embedded services when needed
    python -m recruiting.launcher exec -- CMD    # run CMD with the same environment (used by `make test`)

When DATABASE_URL / REDIS_URL are unset, the embedded PostgreSQL and Redis are started under var/ and their
URLs exported to every child process; they are stopped again on exit. Ctrl-C (or SIGTERM) stops every child
cleanly: SIGTERM to each process group, then SIGKILL after a grace period.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from recruiting import embedded

BASE_DIR = Path(__file__).resolve().parent.parent
GRACE_SECONDS = 15


def _var_dir() -> Path:
    return Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def _log(message: str) -> None:
    print(f"[launcher] {message}", flush=True)


class Services:
    """The embedded servers this launcher started, so that it stops exactly those.

    A server that was already running (`make test` while `make run` is up) belongs to the launcher that started
    it: this one uses it and leaves it running.
    """

    def __init__(self) -> None:
        self.started_postgres = False
        self.started_redis = False

    def ensure(self) -> None:
        var_dir = _var_dir()
        if not os.environ.get("DATABASE_URL"):
            if embedded.postgres_running(var_dir):
                _log(f"DATABASE_URL is unset: using the embedded PostgreSQL already running in {var_dir / 'pgdata'}")
            else:
                _log(f"DATABASE_URL is unset: starting embedded PostgreSQL in {var_dir / 'pgdata'}")
                self.started_postgres = True
            os.environ["DATABASE_URL"] = embedded.postgres_url(var_dir)
        if not os.environ.get("REDIS_URL"):
            if embedded.redis_running(var_dir):
                _log(f"REDIS_URL is unset: using the embedded Redis already running in {var_dir / 'redis'}")
            else:
                _log(f"REDIS_URL is unset: starting embedded Redis in {var_dir / 'redis'}")
                self.started_redis = True
            os.environ["REDIS_URL"] = embedded.redis_url(var_dir)

    def stop(self) -> None:
        var_dir = _var_dir()
        if self.started_redis:
            embedded.stop_redis(var_dir)
            _log("embedded Redis stopped")
        if self.started_postgres:
            embedded.stop_postgres(var_dir)
            _log("embedded PostgreSQL stopped")


def _python() -> str:
    return sys.executable


def _manage(*args: str) -> None:
    subprocess.run([_python(), str(BASE_DIR / "manage.py"), *args], check=True, cwd=BASE_DIR)


def _spawn(name: str, command: list[str]) -> subprocess.Popen[bytes]:
    _log(f"starting {name}: {' '.join(command)}")
    # Each child gets its own process group, so that stopping it also stops whatever it forked
    # (Celery's pool processes, runserver's reloader).
    return subprocess.Popen(command, cwd=BASE_DIR, start_new_session=True)


def _stop_all(children: dict[str, subprocess.Popen[bytes]]) -> None:
    for child in children.values():
        if child.poll() is None:
            try:
                os.killpg(child.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
    deadline = time.monotonic() + GRACE_SECONDS
    for name, child in children.items():
        try:
            child.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            _log(f"{name} did not stop in {GRACE_SECONDS}s: killing it")
            try:
                os.killpg(child.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            child.wait()


def _wait_healthy(url: str, children: dict[str, subprocess.Popen[bytes]], timeout: float = 60.0) -> dict | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(child.poll() is not None for child in children.values()):
            return None
        try:
            with urllib.request.urlopen(url, timeout=3) as response:  # noqa: S310 - our own loopback URL
                body = json.loads(response.read())
                if body.get("workers"):
                    return body
        except (urllib.error.URLError, OSError, ValueError):
            pass
        time.sleep(0.5)
    return None


def run(host: str, port: int, concurrency: int) -> int:
    services = Services()
    children: dict[str, subprocess.Popen[bytes]] = {}
    stopping = False

    def _on_signal(signum: int, frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, _on_signal)
    signal.signal(signal.SIGTERM, _on_signal)
    try:
        services.ensure()
        started = time.monotonic()
        _manage("migrate", "--noinput", "-v", "0")
        _manage("seed_demo")
        celery = [_python(), "-m", "celery", "-A", "recruiting"]
        children["web"] = _spawn("web", [_python(), "manage.py", "runserver", f"{host}:{port}", "--noreload"])
        children["worker"] = _spawn(
            "worker",
            [*celery, "worker", "-Q", "default,parsing,email", "-c", str(concurrency), "-l", "INFO", "-n", "worker@%h"],
        )
        children["beat"] = _spawn(
            "beat", [*celery, "beat", "-l", "INFO", "-s", str(_var_dir() / "celerybeat-schedule")]
        )
        health = _wait_healthy(f"http://{host}:{port}/healthz", children)
        if health is None and not stopping:
            _log("the product did not become healthy; see the messages above")
        elif health is not None:
            elapsed = time.monotonic() - started
            print(
                f"\n  Recruiting is running on http://{host}:{port}/  (ready in {elapsed:.1f}s)\n"
                "  Demo logins (password: demo-password-2026):\n"
                "    admin@demo.example      administrator\n"
                "    recruiter@demo.example  recruiter\n"
                "    manager@demo.example    hiring manager\n"
                "  Ctrl-C stops everything.\n",
                flush=True,
            )
        while not stopping:
            exited = [name for name, child in children.items() if child.poll() is not None]
            if exited:
                _log(f"{', '.join(exited)} exited: stopping the others")
                break
            time.sleep(0.5)
        return 0 if stopping else 1
    except subprocess.CalledProcessError as error:
        _log(f"start-up step failed: {error}")
        return 1
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        _log("stopping")
        _stop_all(children)
        services.stop()


def exec_command(command: list[str]) -> int:
    services = Services()
    try:
        services.ensure()
        return subprocess.call(command, cwd=BASE_DIR)
    finally:
        services.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m recruiting.launcher")
    sub = parser.add_subparsers(dest="action", required=True)
    run_parser = sub.add_parser("run", help="start web, worker and beat")
    run_parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    run_parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    run_parser.add_argument("--concurrency", type=int, default=int(os.environ.get("WORKER_CONCURRENCY", "2")))
    exec_parser = sub.add_parser("exec", help="run a command with the services' environment")
    exec_parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    if args.action == "run":
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "recruiting.settings.dev")
        return run(args.host, args.port, args.concurrency)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("exec needs a command")
    return exec_command(command)


if __name__ == "__main__":
    sys.exit(main())
