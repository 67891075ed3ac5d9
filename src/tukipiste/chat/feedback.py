"""The client's feedback after a chat ("did this help?"): the one write, the statistics'
read and the retention purge of its free words.

Kept apart from ``services.py`` and ``selectors.py``: it touches no chat state, only the
``ChatFeedback`` row of a chat that has ended.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from django.db import IntegrityError, transaction
from django.db.models import Count, Q, QuerySet

from tukipiste.chat.models import Chat, ChatFeedback, ChatStatus
from tukipiste.core import codes

# Feedback is asked right after the end; a token found in an old tab later is not a chat's
# answer any more.
FEEDBACK_WINDOW = dt.timedelta(hours=6)
WORDS_MAX_LENGTH = 500


class FeedbackRefused(Exception):
    """The token names no ended chat, or that chat has already answered."""


def give_feedback(*, token: str, rating: int, words: str, now: dt.datetime) -> ChatFeedback:
    """Store the one answer of the ended chat that ``token`` names.

    Refused (``FeedbackRefused``) for an unknown token, a chat that has not ended, one that
    ended more than ``FEEDBACK_WINDOW`` ago, one that was erased or blocked, and a second
    answer (the one-to-one row is the final guard against a double post)."""
    if not 1 <= rating <= 5:
        raise FeedbackRefused("rating")
    chat = Chat.objects.filter(token_hash=codes.token_hash(token)).first() if token else None
    if (
        chat is None
        or chat.status != ChatStatus.ENDED
        or chat.ended_at is None
        or chat.ended_at < now - FEEDBACK_WINDOW
        or chat.erased
        or chat.blocked
    ):
        raise FeedbackRefused("chat")
    try:
        with transaction.atomic():
            return ChatFeedback.objects.create(
                chat=chat, rating=rating, words=words.strip()[:WORDS_MAX_LENGTH]
            )
    except IntegrityError as error:
        raise FeedbackRefused("twice") from error


def rating_counts(
    *, since: dt.datetime, until: dt.datetime, office_keys: Collection[int] | None
) -> dict[int, int]:
    """How many answers gave each rating (1-5) between ``since`` and ``until``, for the
    chats of ``office_keys`` (``None``: every office, chats without one included)."""
    rows = ChatFeedback.objects.filter(given_at__gte=since, given_at__lt=until)
    if office_keys is not None:
        rows = rows.filter(chat__office_id__in=list(office_keys))
    counts = dict(rows.values_list("rating").annotate(n=Count("id")).order_by())
    return {rating: int(counts.get(rating, 0)) for rating in range(1, 6)}


def answers_with_words(*, office_keys: Collection[int] | None) -> QuerySet[ChatFeedback]:
    """The answers that carry words, newest first, for coordinators to read (the ratings
    alone are in the statistics). With ``office_keys``, those chats and the chats of no
    office (``None``: all)."""
    rows = ChatFeedback.objects.exclude(words="").order_by("-given_at", "-pk")
    if office_keys is not None:
        rows = rows.filter(Q(chat__office_id__in=list(office_keys)) | Q(chat__office=None))
    return rows.only("rating", "words", "given_at")


def purge_transcripts_and_feedback_words(cutoff: dt.datetime) -> int:
    """The chat transcripts' purger: the transcripts (``services.purge_transcripts``) and
    the free words of feedback given before ``cutoff``, both client text of one period."""
    from tukipiste.chat import services

    return services.purge_transcripts(cutoff) + purge_feedback_words(cutoff)


def purge_feedback_words(cutoff: dt.datetime) -> int:
    """Blank the free words of answers given before ``cutoff``; the rating stays."""
    return ChatFeedback.objects.filter(given_at__lt=cutoff).exclude(words="").update(words="")
