"""Writes of the public site."""

from __future__ import annotations

from tukipiste.website.models.feedback import Feedback


def submit_feedback(*, category: str, message: str, reply_contact: str, language: str) -> Feedback:
    """Store one anonymous feedback message; nothing about the sender beyond what they typed."""
    return Feedback.objects.create(
        category=category,
        message=message,
        reply_contact=reply_contact.strip(),
        language=language,
    )
