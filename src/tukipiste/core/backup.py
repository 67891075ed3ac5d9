"""Backup and restore of the database with the engine's own tools.

SQLite: the online backup API (a consistent copy while the server runs). PostgreSQL:
``pg_dump --format=custom`` and ``pg_restore --clean``. Media files are few (no client
uploads); ``docs/operations.md`` says how to copy them alongside.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import dj_database_url
from django.conf import settings
from django.db import connection


def default_backup_path(*, engine: str) -> Path:
    stamp = dt.datetime.now(tz=dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    suffix = "sqlite3" if "sqlite" in engine else "pgdump"
    return Path(settings.VAR_DIR) / "backups" / f"tukipiste-{stamp}.{suffix}"


def back_up(*, output: Path | None = None) -> Path:
    """Write a backup of the default database and return its path."""
    engine = connection.settings_dict["ENGINE"]
    target = output or default_backup_path(engine=engine)
    target.parent.mkdir(parents=True, exist_ok=True)
    if "sqlite" in engine:
        connection.ensure_connection()
        with sqlite3.connect(target) as destination:
            connection.connection.backup(destination)
    elif "postgresql" in engine:
        env, args = _pg_args(connection.settings_dict)
        subprocess.run(
            ["pg_dump", "--format=custom", "--no-owner", "--file", str(target), *args],
            env=env,
            check=True,
        )
    else:
        raise ValueError(f"no backup method for {engine}")
    target.chmod(0o600)
    return target


def restore(*, backup: Path, database_url: str | None = None) -> None:
    """Restore ``backup`` into the database of ``database_url`` (default: this site's)."""
    if not backup.exists():
        raise FileNotFoundError(backup)
    config: dict[str, Any] = (
        dict(dj_database_url.parse(database_url))
        if database_url
        else dict(connection.settings_dict)
    )
    engine = config["ENGINE"]
    if "sqlite" in engine:
        with sqlite3.connect(backup) as source, sqlite3.connect(config["NAME"]) as destination:
            source.backup(destination)
    elif "postgresql" in engine:
        env, args = _pg_args(config)
        subprocess.run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--exit-on-error",
                *args,
                str(backup),
            ],
            env=env,
            check=True,
        )
    else:
        raise ValueError(f"no restore method for {engine}")


def _pg_args(config: dict[str, Any]) -> tuple[dict[str, str], list[str]]:
    env = dict(os.environ)
    if config.get("PASSWORD"):
        env["PGPASSWORD"] = str(config["PASSWORD"])
    args = ["--dbname", str(config["NAME"])]
    if config.get("HOST"):
        args += ["--host", str(config["HOST"])]
    if config.get("PORT"):
        args += ["--port", str(config["PORT"])]
    if config.get("USER"):
        args += ["--username", str(config["USER"])]
    return env, args
