"""The audit trail: one funnel, ``log_action``, for every staff touch of client data."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser, User
from django.db import models

from tukipiste.core import auditactions
from tukipiste.core.models import AuditEntry


def log_action(
    *,
    actor: User | AnonymousUser | None,
    action: str,
    obj: models.Model | None = None,
    object_type: str = "",
    object_id: str = "",
    detail: str = "",
) -> AuditEntry:
    """Append one entry: who (``actor``) did ``action`` to which object.

    ``action`` is a registered code (``chat.chat.accepted``, see ``core.auditactions``).
    ``detail`` is for facts about the act (an export's format and row count), never the
    record's content.
    """
    if not auditactions.is_registered(action):
        raise ValueError(f"unknown audit action {action!r}")
    if obj is not None:
        object_type = object_type or obj._meta.label_lower
        object_id = object_id or str(obj.pk)
    user = actor if actor is not None and actor.is_authenticated else None
    return AuditEntry.objects.create(
        actor=user,
        actor_username=user.get_username() if user is not None else "",
        action=action,
        object_type=object_type,
        object_id=object_id,
        detail=detail[:200],
    )
