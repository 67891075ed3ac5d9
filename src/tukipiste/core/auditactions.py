"""The vocabulary of the audit trail: namespaced action codes and their labels.

Codes read ``app.entity.verb`` (``chat.chat.accepted``), as pretix names its log actions.
Each app registers its own codes with labels in the staff member's language from its
``AppConfig.ready``; ``log_action`` refuses a code nobody registered, so a typo fails a test
instead of writing an entry nobody can search for.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.utils.functional import Promise

_ACTIONS: dict[str, str | Promise] = {}


def register_actions(actions: Mapping[str, str | Promise]) -> None:
    """Add an app's action codes (``app.entity.verb``) with their human labels."""
    for code, label in actions.items():
        if code.count(".") != 2:
            raise ValueError(f"audit action {code!r} is not app.entity.verb")
        _ACTIONS[code] = label


def is_registered(code: str) -> bool:
    return code in _ACTIONS


def label(code: str) -> str:
    """The action's label in the active language; unknown (old) codes show as they are."""
    return str(_ACTIONS.get(code, code))


def choices() -> list[tuple[str, str | Promise]]:
    """Every registered action, for the audit list's filter (a callable ``choices``)."""
    return sorted(_ACTIONS.items())
