"""Rows that keep a text per site language in fields ``<name>_fi`` … ``<name>_ro``."""

from __future__ import annotations

from typing import Any

from django.utils.translation import get_language

LANGUAGES = ("fi", "sv", "en", "ru", "th", "es", "ro")
FALLBACK = ("en", "fi")


def in_active_language(obj: Any, field: str) -> str:
    """``obj``'s ``field`` in the active language, else in English, else in Finnish, else in
    any language it has ("" when none)."""
    language = (get_language() or "fi")[:2]
    for code in (language, *FALLBACK, *LANGUAGES):
        value = getattr(obj, f"{field}_{code}", "")
        if value:
            return str(value)
    return ""
