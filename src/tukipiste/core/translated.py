"""Rows that keep a text per site language in fields ``<name>_fi`` … ``<name>_ro``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.utils.translation import get_language, get_language_info

LANGUAGES = ("fi", "sv", "en", "ru", "th", "es", "ro")
FALLBACK = ("en", "fi")
# Languages that write the names of languages lowercase ("suomi, englanti"; "finlandeză,
# engleză"); Django's Swedish, Russian, Spanish and Romanian catalogues capitalise them.
LOWERCASE_LANGUAGE_NAMES = {"fi", "sv", "ru", "es", "ro"}


def in_active_language(obj: Any, field: str) -> str:
    """``obj``'s ``field`` in the active language, else in English, else in Finnish, else in
    any language it has ("" when none)."""
    language = (get_language() or "fi")[:2]
    for code in (language, *FALLBACK, *LANGUAGES):
        value = getattr(obj, f"{field}_{code}", "")
        if value:
            return str(value)
    return ""


def language_names(codes: Iterable[str]) -> list[str]:
    """Languages by their name in the active language, as it writes them in a list (the code
    when Django knows none)."""
    lowercase = (get_language() or "")[:2] in LOWERCASE_LANGUAGE_NAMES
    names = []
    for code in codes:
        try:
            name = str(get_language_info(code)["name_translated"])
        except KeyError:
            names.append(code)
            continue
        names.append(name.lower() if lowercase else name)
    return names
