"""A platform set up the way `make run` does it, in a temporary directory, for tests that
start the real server process."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def server_env(var: Path) -> dict[str, str]:
    """Environment for a server on SQLite in ``var`` (as `make run`, without the scheduler)."""
    env = {
        k: v for k, v in os.environ.items() if k not in {"DJANGO_ALLOW_ASYNC_UNSAFE", "REDIS_URL"}
    }
    env.update(
        VAR_DIR=str(var),
        DATABASE_URL=f"sqlite:///{var / 'db.sqlite3'}",
        DJANGO_SETTINGS_MODULE="tukipiste.settings",
        RUN_SCHEDULER="0",
    )
    return env


def prepare(var: Path) -> None:
    """Set up a platform in ``var`` as `make run` does: migrated, static files collected, demo
    data loaded. It takes half a minute; tests copy one made per run (``prepared_platform``)."""
    manage, env = [sys.executable, str(ROOT / "manage.py")], server_env(var)
    for command in (["migrate", "-v0"], ["collectstatic", "--no-input", "-v0"], ["load_demo"]):
        subprocess.run([*manage, *command], env=env, check=True, cwd=ROOT, capture_output=True)


def prepared_env(var: Path, platform: Path) -> dict[str, str]:
    """Environment for a server in ``var``, holding a copy of the prepared ``platform``."""
    shutil.copytree(platform, var, dirs_exist_ok=True)
    return server_env(var)
