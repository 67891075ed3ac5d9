"""Production settings pass Django's deployment checks; bad environment values fail loudly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tukipiste.core.env import ImproperEnvironment, env_bool, env_int, env_list

ROOT = Path(__file__).resolve().parents[2]


def test_check_deploy_is_clean_under_production_settings(tmp_path: Path) -> None:
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "tukipiste.settings",
        "DEBUG": "0",
        "HTTPS": "1",
        "SECRET_KEY": "x" * 30 + "production-secret-from-environment-0123456789",
        "ALLOWED_HOSTS": "tukipiste.example",
        "VAR_DIR": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DJANGO_ALLOW_ASYNC_UNSAFE": "",
        "HTTPS": "1",
        "VAR_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "tukipiste.settings",
    }
    env.pop("SECRET_KEY", None)
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "check"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


@pytest.mark.parametrize(("raw", "expected"), [("1", True), ("off", False), ("", True)])
def test_env_bool(monkeypatch: pytest.MonkeyPatch, raw: str, expected: bool) -> None:
    monkeypatch.setenv("X_FLAG", raw)
    assert env_bool("X_FLAG", default=True) is expected


def test_bad_values_name_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("X_FLAG", "maybe")
    with pytest.raises(ImproperEnvironment, match="X_FLAG"):
        env_bool("X_FLAG", default=False)
    monkeypatch.setenv("X_NUM", "ten")
    with pytest.raises(ImproperEnvironment, match="X_NUM"):
        env_int("X_NUM", default=1)
    monkeypatch.setenv("X_NUM", "-1")
    with pytest.raises(ImproperEnvironment, match="at least 0"):
        env_int("X_NUM", default=1, minimum=0)
    monkeypatch.setenv("X_LIST", " a, ,b ")
    assert env_list("X_LIST", []) == ["a", "b"]


def test_the_sqlite_database_and_its_journal_files_are_private(tmp_path: Path) -> None:
    import sqlite3

    from tukipiste.core.env import private_sqlite_file

    old_umask = os.umask(0o022)  # a usual umask would make new files world-readable
    try:
        database = tmp_path / "var" / "tukipiste.sqlite3"
        private_sqlite_file(database)
        connection = sqlite3.connect(database)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE contact (id INTEGER)")
        connection.execute("INSERT INTO contact VALUES (1)")
        connection.commit()
        files = {p.name: p.stat().st_mode & 0o777 for p in database.parent.iterdir()}
        connection.close()
    finally:
        os.umask(old_umask)
    assert {"tukipiste.sqlite3", "tukipiste.sqlite3-wal", "tukipiste.sqlite3-shm"} <= set(files)
    assert set(files.values()) == {0o600}, files


def test_an_existing_readable_database_is_made_private(tmp_path: Path) -> None:
    from tukipiste.core.env import private_sqlite_file

    database = tmp_path / "old.sqlite3"
    database.write_bytes(b"")
    database.chmod(0o644)
    private_sqlite_file(database)
    assert database.stat().st_mode & 0o777 == 0o600


def test_trusted_proxies_must_be_addresses_or_networks(monkeypatch: pytest.MonkeyPatch) -> None:
    from tukipiste.core.env import env_networks

    monkeypatch.setenv("TRUSTED_PROXIES", "127.0.0.1, 10.0.0.0/8")
    assert env_networks("TRUSTED_PROXIES", []) == ["127.0.0.1", "10.0.0.0/8"]
    monkeypatch.setenv("TRUSTED_PROXIES", "nginx.local")
    with pytest.raises(ImproperEnvironment):
        env_networks("TRUSTED_PROXIES", [])
