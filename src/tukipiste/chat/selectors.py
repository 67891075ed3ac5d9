"""Reads of chat duty."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Count, Q

from tukipiste.accounts.selectors import chat_limit, display_name, sees_all_offices
from tukipiste.chat.models import (
    Chat,
    ChatMessage,
    ChatStatus,
    OfflineMessage,
    SavedReply,
    WorkerDuty,
)
from tukipiste.offices import selectors as offices
from tukipiste.offices.models import DutyKind

# Workers and coordinators hold it; peer workers, editors and administrators do not (the
# site promises clients a social counsellor or a nurse; decision 0007).
TAKE_CHAT_DUTY = "chat.take_chat_duty"


def chat_duty_status(*, moment: dt.datetime) -> offices.DutyStatus:
    """Chat duty is open while any office's chat hours are open (holidays applied)."""
    return offices.duty_status(kind=DutyKind.CHAT, moment=moment)


def message_frame(message: ChatMessage, *, chat_id: int | None = None) -> dict[str, Any]:
    frame: dict[str, Any] = {
        "type": "message",
        "seq": message.seq,
        "id": message.client_id,
        "from": message.sender,
        "author": message.author_name or None,
        "body": message.body,
        "at": message.created_at.isoformat(),
        "event": message.event or None,
    }
    if message.internal:
        frame["internal"] = True
    if chat_id is not None:
        frame["chat"] = chat_id
    return frame


def messages_after(*, chat: Chat, after_seq: int, for_worker: bool) -> list[dict[str, Any]]:
    """Every message after ``after_seq`` in order; internal notes only for workers."""
    messages = ChatMessage.objects.filter(chat=chat, seq__gt=after_seq).order_by("seq")
    if not for_worker:
        messages = messages.filter(internal=False)
    return [message_frame(m, chat_id=chat.pk if for_worker else None) for m in messages]


def queue_position(*, chat: Chat) -> int:
    return (
        Chat.objects.filter(status=ChatStatus.QUEUED)
        .filter(Q(created_at__lt=chat.created_at) | Q(created_at=chat.created_at, pk__lt=chat.pk))
        .count()
        + 1
    )


def queue_snapshot() -> tuple[list[int], int]:
    """The waiting chats in queue order and the number of workers on duty, in two queries.

    Consumers share one snapshot per process for a moment, so a burst of queue changes
    costs two queries, not two per waiting client.
    """
    ids = list(
        Chat.objects.filter(status=ChatStatus.QUEUED)
        .order_by("created_at", "pk")
        .values_list("pk", flat=True)
    )
    return ids, WorkerDuty.objects.filter(on_duty=True).count()


def queue_frame_at(*, position: int, on_duty: int) -> dict[str, Any]:
    """The client's queue frame for a known position (pure)."""
    wait = int(position * settings.CHAT_AVERAGE_MINUTES * 60 / max(1, on_duty))
    return {
        "type": "queue",
        "position": position,
        "estimated_wait_s": wait,
        "alternatives": wait > settings.CHAT_LONG_WAIT_MINUTES * 60
        or position >= settings.CHAT_MAX_QUEUE,
    }


def queue_frame(*, chat: Chat) -> dict[str, Any]:
    """The queue frame of one chat, counted now (after the client's own actions)."""
    on_duty = WorkerDuty.objects.filter(on_duty=True).count()
    return queue_frame_at(position=queue_position(chat=chat), on_duty=on_duty)


def waiting_chats(*, now: dt.datetime) -> list[dict[str, Any]]:
    return [
        {
            "chat": chat.pk,
            "language": chat.language,
            "topic": chat.topic,
            "nickname": chat.nickname,
            "waited_s": int((now - chat.created_at).total_seconds()),
        }
        for chat in Chat.objects.filter(status=ChatStatus.QUEUED).order_by("created_at", "pk")[:200]
    ]


def workers_on_duty() -> list[dict[str, Any]]:
    """Who is on chat duty and how many chats each has: for coordinators and transfers."""
    duties = (
        WorkerDuty.objects.filter(on_duty=True)
        .select_related("user", "user__staff_profile")
        .annotate(active=Count("user__chats", filter=Q(user__chats__status=ChatStatus.ACTIVE)))
        .order_by("since")
    )
    return [
        {
            "user": duty.user_id,
            "name": display_name(duty.user),
            "active": duty.active,
            "limit": chat_limit(duty.user),
            "since": duty.since.isoformat() if duty.since else None,
        }
        for duty in duties
    ]


def active_chats_of(*, worker: User) -> list[Chat]:
    return list(
        Chat.objects.filter(worker=worker, status=ChatStatus.ACTIVE).order_by("accepted_at")
    )


def chat_visible_to(*, user: User | AnonymousUser, chat_id: int) -> Chat | None:
    """A chat the worker holds, or any chat for coordinators; None otherwise."""
    chat = Chat.objects.filter(pk=chat_id).first()
    if chat is None or not user.is_authenticated:
        return None
    if chat.worker_id == user.pk or sees_all_offices(user):
        return chat
    return None


def offline_messages_for_staff() -> list[OfflineMessage]:
    return list(OfflineMessage.objects.select_related("replied_by").order_by("-created_at")[:200])


def may_take_chat_duty(user: User | AnonymousUser) -> bool:
    """Whether ``user`` may see the queue, take chats and answer anonymous messages."""
    return bool(user.is_active and user.has_perm(TAKE_CHAT_DUTY))


def chat_worker_of_session(*, user_id: int, session_key: str) -> User | None:
    """The user of a console socket's session, read fresh, if the session still holds and
    the user still has chat duty; None otherwise."""
    from tukipiste.accounts.selectors import user_of_current_session

    user = user_of_current_session(user_id=user_id, session_key=session_key)
    return user if user is not None and may_take_chat_duty(user) else None


def colleague_for_transfer(*, user_id: int) -> User | None:
    """An active colleague with chat duty, or None (a chat never goes to anyone else)."""
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    return user if user is not None and may_take_chat_duty(user) else None


def duty_state(*, worker: User) -> tuple[bool, int]:
    """Whether the worker is on duty, and how many chats they take at once."""
    duty = WorkerDuty.objects.filter(user=worker).first()
    return bool(duty and duty.on_duty), chat_limit(worker)


def worker_name_of(*, chat: Chat) -> str | None:
    """The name the client sees for the chat's worker, if one holds it."""
    return display_name(chat.worker) if chat.worker_id and chat.worker else None


def worker_queue_frame() -> dict[str, Any]:
    """The console's view of the queue and of colleagues on duty."""
    from django.utils import timezone

    return {
        "type": "queue",
        "waiting": waiting_chats(now=timezone.now()),
        "on_duty": workers_on_duty(),
    }


def saved_replies() -> list[SavedReply]:
    """Every saved reply, for the console of a worker on chat duty."""
    return list(SavedReply.objects.all())
