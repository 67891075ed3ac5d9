"""Writes of the public site."""

from __future__ import annotations

import datetime as dt

from tukipiste.website.models.feedback import Feedback


def submit_feedback(*, category: str, message: str, reply_contact: str, language: str) -> Feedback:
    """Store one anonymous feedback message; nothing about the sender beyond what they typed."""
    return Feedback.objects.create(
        category=category,
        message=message,
        reply_contact=reply_contact.strip(),
        language=language,
    )


def purge_feedback_contacts(cutoff: dt.datetime) -> int:
    """Blank the optional reply contact of feedback received before ``cutoff``.

    The message itself holds no contact detail by design and stays for the organisation's
    quality work; only what could reach a person is removed.
    """
    return (
        Feedback.objects.filter(created_at__lt=cutoff)
        .exclude(reply_contact="")
        .update(reply_contact="")
    )
