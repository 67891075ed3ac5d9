"""SQLite's checkpoints on a thread of their own, in a server process.

In WAL mode with ``synchronous=NORMAL`` a commit appends to the write-ahead log and does not
wait for the disk. Once the log passes a thousand pages, the connection whose commit crossed
the mark copies it into the database file and syncs both (a checkpoint), inside that commit.
In the server that connection is the one database thread every chat message is stored on:
in the chat benchmark every 1.3 s one message waited 5-7 ms for a checkpoint: most of the
slowest messages that the chat's clock did not hold up (decision 0023).

``checkpoint_in_background()`` moves the routine checkpoints to a daemon thread with a
connection of its own, every ``EVERY_SECONDS``. They are PASSIVE: they never wait for a
reader or a writer, and the sqlite3 module lets go of the interpreter while they run. The
server's own connections keep an automatic checkpoint at a far higher mark, a safety net
that bounds the log should the thread ever fall behind.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.db import connections
from django.db.backends.signals import connection_created

log = logging.getLogger(__name__)
EVERY_SECONDS = 1.0
# About 40 MB of log (4 KiB pages) before a server connection checkpoints by itself.
SAFETY_NET_PAGES = 10_000

_started = False
_lock = threading.Lock()


def checkpoint(path: str | Path) -> tuple[int, int, int]:
    """One passive checkpoint of the database at ``path`` on a connection of its own:
    (busy, pages in the log, pages copied into the database), as SQLite reports them."""
    # mode=rw: a database that is not there is an error, never a new empty file.
    uri = f"{Path(path).resolve().as_uri()}?mode=rw"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as db:
        busy, logged, copied = db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    return busy, logged, copied


def raise_automatic_mark(sender: Any, connection: Any, **kwargs: Any) -> None:
    """``connection_created`` receiver: the server's connections leave the routine
    checkpoints to the thread."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA wal_autocheckpoint={SAFETY_NET_PAGES}")


@dataclass
class Checkpointer:
    thread: threading.Thread
    stop: threading.Event


def _run(path: str, stop: threading.Event) -> None:
    while not stop.wait(EVERY_SECONDS):
        try:
            checkpoint(path)
        except Exception:  # locked for a moment, say; the thread must outlive any one error
            log.warning("background checkpoint failed", exc_info=True)


def checkpoint_in_background(alias: str = "default") -> Checkpointer | None:
    """In a server process on SQLite: start the checkpoint thread (once per process) and
    raise the mark of the process's connections. Returns the thread and the event that
    stops it, or None when there is nothing to do (another database, or already started)."""
    global _started
    settings_dict = connections[alias].settings_dict
    if settings_dict["ENGINE"] != "django.db.backends.sqlite3":
        return None
    name = str(settings_dict["NAME"])
    if name == ":memory:" or name.startswith("file:"):
        return None
    with _lock:
        if _started:
            return None
        _started = True
    connection_created.connect(raise_automatic_mark, dispatch_uid="wal-checkpoint-mark")
    # A connection opened before this (start-up's) gets the mark too.
    if connections[alias].connection is not None:
        raise_automatic_mark(None, connections[alias])
    stop = threading.Event()
    thread = threading.Thread(
        target=_run, args=(name, stop), name="sqlite-checkpoints", daemon=True
    )
    thread.start()
    return Checkpointer(thread=thread, stop=stop)
