"""Writes of contact records."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import User

from tukipiste.core.audit import log_action
from tukipiste.records.models import Contact
from tukipiste.website.models import Office


def record_contact(
    *,
    channel: str,
    started_at: dt.datetime,
    duration_seconds: int,
    office: Office | None,
    language: str,
    recorded_by: User | None,
) -> Contact:
    """Store one anonymous service encounter."""
    contact = Contact.objects.create(
        channel=channel,
        started_at=started_at,
        duration_seconds=max(0, duration_seconds),
        office=office,
        language=language,
        recorded_by=recorded_by,
    )
    log_action(actor=recorded_by, action="created", obj=contact)
    return contact
