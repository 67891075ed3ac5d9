"""Typed readers for settings that come from the environment.

Every setting of the platform is read through these helpers so that a bad value stops the
process at start-up with a message naming the variable, instead of misbehaving later.
"""

from __future__ import annotations

import os
from pathlib import Path


class ImproperEnvironment(ValueError):
    """An environment variable holds a value the platform cannot use."""


def env_str(name: str, default: str = "") -> str:
    """Return the variable as a string, or ``default`` when it is unset or empty."""
    value = os.environ.get(name, "")
    return value if value != "" else default


def env_bool(name: str, *, default: bool) -> bool:
    """Return the variable as a boolean; accepts 1/0, true/false, yes/no, on/off."""
    raw = os.environ.get(name, "").strip().lower()
    if raw == "":
        return default
    if raw in {"1", "true", "yes", "on"}:
        return True
    if raw in {"0", "false", "no", "off"}:
        return False
    raise ImproperEnvironment(f"{name} must be a boolean (1/0, true/false), not {raw!r}")


def env_int(name: str, *, default: int, minimum: int | None = None) -> int:
    """Return the variable as an integer, refusing values below ``minimum``."""
    raw = os.environ.get(name, "").strip()
    if raw == "":
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise ImproperEnvironment(f"{name} must be a whole number, not {raw!r}") from exc
    if minimum is not None and value < minimum:
        raise ImproperEnvironment(f"{name} must be at least {minimum}, not {value}")
    return value


def env_list(name: str, default: list[str]) -> list[str]:
    """Return a comma-separated variable as a list of stripped, non-empty items."""
    raw = os.environ.get(name, "")
    if raw.strip() == "":
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_networks(name: str, default: list[str]) -> list[str]:
    """Return a comma-separated list of IP addresses or networks, each checked."""
    import ipaddress

    items = env_list(name, default)
    for item in items:
        try:
            ipaddress.ip_network(item, strict=False)
        except ValueError as exc:
            raise ImproperEnvironment(f"{name}: {item!r} is not an address or network") from exc
    return items


def private_sqlite_file(name: object) -> None:
    """Create the SQLite database file readable by its owner only, and tighten old ones.

    SQLite gives its journal, WAL and shared-memory files the database file's mode, so a
    private database file keeps them private too.
    """
    path = Path(str(name))
    if str(name) in ("", ":memory:") or str(name).startswith("file:"):
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    for suffix in ("", "-wal", "-shm", "-journal"):
        candidate = path.with_name(path.name + suffix)
        if candidate.exists() and candidate.stat().st_mode & 0o077:
            candidate.chmod(0o600)


def secret_key(*, file: Path, debug: bool) -> str:
    """Return ``SECRET_KEY`` from the environment.

    Outside production a key is generated once into an ignored file, so that a newcomer's
    ``make run`` works without configuration and no key is ever committed.
    """
    key = os.environ.get("SECRET_KEY", "")
    if key:
        return key
    if not debug:
        raise ImproperEnvironment("SECRET_KEY must be set when DEBUG is off")
    if file.exists():
        return file.read_text().strip()
    from django.core.management.utils import get_random_secret_key

    key = get_random_secret_key() + get_random_secret_key()
    file.write_text(key)
    file.chmod(0o600)
    return key
