"""Shared fixtures: a real ASGI server on a free port, the demo site, a headless browser."""

from __future__ import annotations

import datetime as dt
import decimal
import fcntl
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import hypothesis  # noqa: F401 (imported early: its lazy import at the end of a run trips a CPython 3.11 AST bug)
import pytest
import uvicorn

from tests.cache import clear_cache

# (table, columns, rows) for each table that holds rows.
TableRows = list[tuple[str, list[str], list[tuple[Any, ...]]]]

# Playwright's synchronous API runs an event loop in the test thread; the ORM calls the
# tests make around it are still plain synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def _flush_again_after_a_deadlock() -> None:
    """A net under the wait for the server's sockets (tests/chat/conftest.py): should a
    late write of the in-process server still meet a test's flush, and PostgreSQL pick the
    flush as a deadlock's victim, the flush waits a moment and runs again (its transaction
    was rolled back whole), instead of leaving the next test the last one's rows."""
    from django.db import OperationalError
    from django.db.backends.base.operations import BaseDatabaseOperations

    flush = BaseDatabaseOperations.execute_sql_flush

    def execute_sql_flush(self: BaseDatabaseOperations, sql_list: list[str]) -> None:
        for attempt in range(5):
            try:
                flush(self, sql_list)
                return
            except OperationalError as error:
                if "deadlock detected" not in str(error) or attempt == 4:
                    raise
                time.sleep(0.5)

    BaseDatabaseOperations.execute_sql_flush = execute_sql_flush  # type: ignore[method-assign]


_flush_again_after_a_deadlock()


def _flush_postgresql_by_delete() -> None:
    """On PostgreSQL a test's flush deletes the rows instead of truncating the tables.

    TRUNCATE takes an exclusive lock on every table (about 150) and gives each a new file:
    it waits for any transaction of the in-process server that has read a table, and it
    took 1-7 s a test, most of the PostgreSQL pass's time. DELETE on tables that hold a
    test's few rows takes milliseconds and waits for nobody; Django's foreign keys are
    deferred to the commit, by which time every table is empty, so the order is free.
    Sequences run on as with Django's own flush (it restarts them only when asked)."""
    from django.db.backends.postgresql.operations import DatabaseOperations

    truncate = DatabaseOperations.sql_flush

    def sql_flush(
        self: DatabaseOperations,
        style: Any,
        tables: list[str],
        *,
        reset_sequences: bool = False,
        allow_cascade: bool = False,
    ) -> list[str]:
        if reset_sequences or not tables:
            return truncate(
                self, style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade
            )
        # Table names come from the schema, quoted.
        return [f"DELETE FROM {self.quote_name(table)};" for table in tables]  # noqa: S608

    DatabaseOperations.sql_flush = sql_flush  # type: ignore[method-assign]


_flush_postgresql_by_delete()


def _restore_what_post_migrate_made() -> None:
    """After a test's flush, the rows that ``post_migrate`` makes in an empty database
    (content types, permissions, the roles' groups) are put back as they were made the
    first time, instead of being made again: running every app's handler again cost about
    0.4 s a test. The first flush of each test database runs the handlers and keeps what
    they wrote; a test that changed a role gets the role back as the handlers made it."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.management.commands import flush as flush_command
    from django.db import connections, transaction

    emit = flush_command.emit_post_migrate_signal
    made: dict[tuple[str, str], TableRows] = {}

    def emit_or_restore(verbosity: int, interactive: bool, db: str, **kwargs: Any) -> None:
        connection = connections[db]
        key = (db, connection.settings_dict["NAME"])
        if key not in made:
            emit(verbosity, interactive, db, **kwargs)
            made[key] = _rows_of_every_table(connection)
        else:
            with transaction.atomic(using=db):
                _put_back(connection, made[key])
        ContentType.objects.clear_cache()

    flush_command.emit_post_migrate_signal = emit_or_restore  # type: ignore[assignment]


def _rows_of_every_table(connection: Any) -> TableRows:
    """The rows of every table that a flush empties (the migrations' record is kept)."""
    rows_by_table = []
    tables = connection.introspection.django_table_names(only_existing=True, include_views=False)
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            rows = cursor.fetchall()
            if rows:
                columns = [column[0] for column in cursor.description]
                rows_by_table.append((table, columns, rows))
    return rows_by_table


_restore_what_post_migrate_made()


def _put_back(connection: Any, tables: TableRows) -> None:
    """Insert recorded rows, ids included, and move PostgreSQL's sequences past them."""
    postgresql = connection.vendor == "postgresql"
    tables = [
        (table, columns, [tuple(_as_stored(v, postgresql) for v in row) for row in rows])
        for table, columns, rows in tables
    ]
    with connection.cursor() as cursor:
        for table, columns, rows in tables:
            quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
            marks = ", ".join(["%s"] * len(columns))
            table_name = connection.ops.quote_name(table)  # from the schema
            cursor.executemany(f"INSERT INTO {table_name} ({quoted}) VALUES ({marks})", rows)  # noqa: S608
            if postgresql and "id" in columns:
                # Rows put back with their ids leave the table's sequence where it was; one
                # a test restarted (a migration test recreates tables) would hand out those
                # ids again.
                highest = f"SELECT MAX(id) FROM {table_name}"  # noqa: S608
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence(%s, 'id'), ({highest}))",
                    [table_name],
                )


def _as_stored(value: Any, postgresql: bool) -> Any:
    """A value as read from the database, in the form the database takes it back: psycopg
    reads JSON columns as Python values; SQLite's reading converters (Django registers them
    for times, dates and decimals) have no writing counterpart."""
    if postgresql:
        from psycopg.types.json import Jsonb

        return Jsonb(value) if isinstance(value, dict | list) else value
    if isinstance(value, dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def _replay_the_demo() -> None:
    """The demo data (``load_demo``) is recorded the first time it is loaded into a database
    in a given state, and put back row for row the next times it meets that same state (a
    flushed database, as a rule): loading it makes 108 Wagtail pages with their revisions,
    references and search entries, about 6 s each time, for some forty tests a run.

    Recorded per database, state (every row of every table) and day (the loader dates some
    rows), and only when the load added rows without changing any; a load into any other
    state runs the loader. Caches are emptied after a replay, as the signals of a real load
    would have invalidated what they held."""
    import hashlib

    from django.db import connection, transaction
    from django.utils import timezone

    from tukipiste.chat.consumers import clock
    from tukipiste.demo import loader

    load = loader.load_demo
    recorded: dict[tuple[str, str, str], tuple[Any, dict[str, int]]] = {}

    def load_demo() -> dict[str, int]:
        before = _rows_of_every_table(connection)
        state = hashlib.sha256(repr(before).encode()).hexdigest()
        key = (connection.settings_dict["NAME"], state, str(timezone.localdate()))
        if key in recorded:
            rows, counts = recorded[key]
            with transaction.atomic():
                _put_back(connection, rows)
            clear_cache()
            clock.forget_snapshots()
            return dict(counts)
        counts = load()
        added = _added(before, _rows_of_every_table(connection))
        if added is not None:
            recorded[key] = (added, dict(counts))
        return counts

    loader.load_demo = load_demo  # type: ignore[assignment]


def _added(before: TableRows, after: TableRows) -> TableRows | None:
    """The rows of ``after`` that ``before`` lacks, table by table in the tables' order; None
    when a row of ``before`` changed or went (a replay only inserts)."""
    had = {table: {repr(row) for row in rows} for table, _, rows in before}
    now = {table: {repr(row) for row in rows} for table, _, rows in after}
    if any(rows - now.get(table, set()) for table, rows in had.items()):
        return None
    added = []
    for table, columns, rows in after:
        new = [row for row in rows if repr(row) not in had.get(table, {})]
        # SQLite's full-text table of the search index is filled by the index's triggers.
        if new and not table.endswith("_fts"):
            added.append((table, columns, new))
    return added


_replay_the_demo()


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    # Wagtail keeps site root paths in the cache; a flushed database must not meet them.
    # The chat's per-process snapshots of the queue likewise.
    from tukipiste.chat.consumers import clock

    clear_cache()
    clock.forget_snapshots()
    yield
    clear_cache()
    clock.forget_snapshots()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _ThreadedServer(uvicorn.Server):
    def install_signal_handlers(self) -> None:  # the test runner owns the signals
        pass


@pytest.fixture(scope="session")
def server_url() -> Iterator[str]:
    """A uvicorn server in this process serving the ASGI application over real sockets."""
    from django.conf import settings

    from tukipiste.asgi import application
    from tukipiste.serve import WS_TRANSPORT_MAX_BYTES

    port = _free_port()
    config = uvicorn.Config(
        application,
        host="127.0.0.1",
        port=port,
        access_log=False,
        log_level="warning",
        lifespan="off",
        server_header=False,
        ws_max_size=WS_TRANSPORT_MAX_BYTES,
        proxy_headers=False,  # as tukipiste.serve: the application reads TRUSTED_PROXIES
    )
    server = _ThreadedServer(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("test server did not start")
        time.sleep(0.02)
    # Pages of this server are the site's own: their sockets pass the origin check.
    settings.SITE_ORIGINS = [*settings.SITE_ORIGINS, f"http://127.0.0.1:{port}"]
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="session")
def prepared_platform(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """A platform set up as `make run` does it (tests/serverproc.py), made once per test run
    and shared by its processes, for the tests that start the real server on a copy."""
    from tests.serverproc import prepare

    shared = tmp_path_factory.getbasetemp()
    if worker_id != "master":  # each process has a directory of its own under the run's
        shared = shared.parent
    platform = shared / "prepared-platform"
    with (shared / "prepared-platform.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (platform / ".ready").exists():
            shutil.rmtree(platform, ignore_errors=True)
            platform.mkdir()
            prepare(platform)
            (platform / ".ready").touch()
    return platform


@pytest.fixture
def demo_site(transactional_db: None) -> None:
    """The demo offices, pages and news, committed so a server thread sees them."""
    from tukipiste.demo.loader import load_demo

    load_demo()
    clear_cache()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}: apt-get install chromium")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def cast(db: None) -> dict[str, object]:
    from tests.staff import make_cast

    return make_cast()


@pytest.fixture(scope="module")
def demo_site_readonly(django_db_setup: None, django_db_blocker: Any) -> Iterator[None]:
    """The demo site loaded once for a module whose tests only read it (over HTTP).

    Loading 68 pages takes seconds; read-only modules share one load and flush it after.
    """
    from django.core.management import call_command

    from tukipiste.demo.loader import load_demo

    # The server thread reads the database during the tests of the module.
    with django_db_blocker.unblock():
        load_demo()
        yield
        call_command("flush", interactive=False, verbosity=0)


@pytest.fixture
def sent_events(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, dict[str, Any]]]:
    """What services send to the channel layer, captured without sockets (as Zulip's
    ``verify_action``): ``(group, message)`` pairs, in order, after each commit."""
    from tukipiste.chat import events

    captured: list[tuple[str, dict[str, Any]]] = []
    monkeypatch.setattr(
        events, "_send_now", lambda group, message: captured.append((group, message))
    )
    return captured
