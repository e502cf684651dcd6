"""Mail servers and ESP APIs on loopback that fail at a chosen moment, for tests of what a failure means (was the
message sent or not?). Real sockets, so that smtplib, Django's SMTP backend, requests and anymail raise exactly
what they raise in production."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager


def _serve(handle, *, connections: int = 4) -> tuple[int, threading.Event]:
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(5)
    port = listener.getsockname()[1]
    stop = threading.Event()

    def run() -> None:
        with listener:
            for _ in range(connections):
                if stop.is_set():
                    return
                try:
                    conn, _address = listener.accept()
                except OSError:
                    return
                with conn:
                    conn.settimeout(5)
                    try:
                        handle(conn, stop)
                    except OSError:
                        pass

    threading.Thread(target=run, daemon=True).start()
    return port, stop


@contextmanager
def smtp_server(*, drop_after: str = "", data_reply: bytes = b"", end_reply: bytes = b"250 queued") -> Iterator[int]:
    """An SMTP server that answers like any other, and closes the connection without a word after it received
    ``drop_after``: ``"connect"`` (no greeting), ``"MAIL"`` (the sender, before any of the message) or ``"DATA"``
    (the whole message, before saying whether it took it). ``data_reply`` answers the DATA command instead of
    "354" (``b"451 4.3.0 Try again later"``: greylisting, rate limits); ``end_reply`` answers the message's end.
    Yields its port."""

    def handle(conn: socket.socket, stop: threading.Event) -> None:
        if drop_after == "connect":
            return
        reader = conn.makefile("rb")
        conn.sendall(b"220 test ESMTP\r\n")
        while not stop.is_set():
            line = reader.readline()
            if not line:
                return
            command = line[:4].upper()
            if command == b"MAIL" and drop_after == "MAIL":
                return
            if command == b"DATA" and data_reply:
                conn.sendall(data_reply + b"\r\n")
            elif command == b"DATA":
                conn.sendall(b"354 go ahead\r\n")
                while reader.readline() not in (b".\r\n", b""):
                    pass
                if drop_after == "DATA":
                    return
                conn.sendall(end_reply + b"\r\n")
            elif command == b"QUIT":
                conn.sendall(b"221 bye\r\n")
                return
            else:
                conn.sendall(b"250 ok\r\n")

    port, stop = _serve(handle)
    try:
        yield port
    finally:
        stop.set()


@contextmanager
def http_server_that_never_answers() -> Iterator[str]:
    """An ESP API that reads the request and never answers (the client's read timeout). Yields its base URL."""

    def handle(conn: socket.socket, stop: threading.Event) -> None:
        conn.recv(65536)
        stop.wait(5)

    port, stop = _serve(handle)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        stop.set()


def closed_port_url() -> str:
    """A loopback URL nobody listens on: the connection is refused before anything is sent."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/"
