"""Reads of chat duty."""

from __future__ import annotations

import datetime as dt
import math
import time
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser, User
from django.core.cache import cache
from django.db.models import Count, OuterRef, Q, Subquery
from django.utils import timezone

from tukipiste.accounts.selectors import (
    DEFAULT_CHAT_LIMIT,
    chat_limit,
    display_name,
    name_from,
    sees_all_offices,
)
from tukipiste.chat import safety
from tukipiste.chat.models import (
    Chat,
    ChatMessage,
    ChatStatus,
    OfflineMessage,
    SavedReply,
    Sender,
    Topic,
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


# Reading every office's hours is most of the cost of a new chat: a burst of starts shares
# one reading (in the cache) for a few seconds; saving hours forgets it (chat/apps.py).
DUTY_NOW_KEY = "chat:duty-now"
_DUTY_NOW_SECONDS = 5


def chat_duty_status_now() -> offices.DutyStatus:
    """``chat_duty_status`` at the present moment, read at most every few seconds; an
    opening or closing time that has passed is never taken from the stored reading."""
    now = timezone.now()
    status: offices.DutyStatus | None = cache.get(DUTY_NOW_KEY)
    if status is not None:
        closed_since = status.is_open and status.closes_at is not None and now >= status.closes_at
        opening = status.next_opening
        opened_since = not status.is_open and opening is not None and now >= opening.starts
        if not (closed_since or opened_since):
            return status
    status = chat_duty_status(moment=now)
    cache.set(DUTY_NOW_KEY, status, _DUTY_NOW_SECONDS)
    return status


def forget_duty_status(**kwargs: Any) -> None:
    cache.delete(DUTY_NOW_KEY)


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
    """Every message after ``after_seq`` in order; internal notes only for workers, who also
    learn which colleague wrote each message (``author_id``: a reloaded console shows its own
    messages as "you")."""
    messages = ChatMessage.objects.filter(chat=chat, seq__gt=after_seq).order_by("seq")
    if not for_worker:
        return [message_frame(m) for m in messages.filter(internal=False)]
    return [{**message_frame(m, chat_id=chat.pk), "author_id": m.author_id} for m in messages]


def last_visible_seq(*, chat: Chat) -> int:
    """The highest seq the client can see (internal notes take seqs the client never gets)."""
    seq = (
        ChatMessage.objects.filter(chat=chat, internal=False)
        .order_by("-seq")
        .values_list("seq", flat=True)
        .first()
    )
    return seq or 0


def queue_position(*, chat: Chat) -> int:
    return (
        Chat.objects.filter(status=ChatStatus.QUEUED)
        .filter(Q(created_at__lt=chat.created_at) | Q(created_at=chat.created_at, pk__lt=chat.pk))
        .count()
        + 1
    )


# --- The queue ---------------------------------------------------------------------------
# How long a chat took lately is read at most once a minute.
HANDLING_KEY = "chat:handling-seconds"
_HANDLING_CACHE_SECONDS = 60


@dataclass(frozen=True)
class Capacity:
    """Who can answer now: workers on duty with a console open, and their chats."""

    available: int  # workers on duty and connected
    free: int  # chats they can still take before reaching their limits
    slots: int  # chats they take at once
    handling_s: float  # how long a chat lasts lately


@dataclass(frozen=True)
class QueueSnapshot:
    ids: list[int]  # waiting chats in queue order
    capacity: Capacity
    # When it was read, in ms of the process's monotonic clock: on one connection a lower
    # version is an older view (a new connection may meet another process: a new count).
    version: int

    @cached_property
    def positions(self) -> dict[int, int]:
        return {chat_id: place for place, chat_id in enumerate(self.ids, start=1)}


def connected_since(now: dt.datetime) -> dt.datetime:
    """A console whose last sign of life is older than this is gone (its process died)."""
    return now - dt.timedelta(seconds=max(15, 3 * settings.CHAT_SESSION_CHECK_SECONDS))


@dataclass(frozen=True)
class OnDuty:
    """A worker on chat duty as the queue sees them (read as values: the queue reads this
    several times a second in a burst, and model instances cost more than the query)."""

    user_id: int
    name: str
    limit: int
    held: int  # active chats
    since: dt.datetime | None
    connected: bool  # a console open lately


def _duties_on_duty(now: dt.datetime, *, connected_only: bool) -> list[OnDuty]:
    """Workers on duty (with a console open, if ``connected_only``) and the chats each holds."""
    fresh = connected_since(now)
    duties = WorkerDuty.objects.filter(on_duty=True)
    if connected_only:
        duties = duties.filter(sockets__gt=0, seen_at__gte=fresh)
    rows = (
        duties.annotate(
            active=Count("user__chats", filter=Q(user__chats__status=ChatStatus.ACTIVE))
        )
        .order_by("since", "pk")
        .values(
            "user_id",
            "since",
            "sockets",
            "seen_at",
            "active",
            "user__username",
            "user__first_name",
            "user__staff_profile__display_name",
            "user__staff_profile__chat_limit",
        )
    )
    return [
        OnDuty(
            user_id=row["user_id"],
            name=name_from(
                row["user__staff_profile__display_name"],
                row["user__first_name"],
                row["user__username"],
            ),
            limit=DEFAULT_CHAT_LIMIT
            if row["user__staff_profile__chat_limit"] is None
            else row["user__staff_profile__chat_limit"],
            held=row["active"],
            since=row["since"],
            connected=row["sockets"] > 0 and row["seen_at"] is not None and row["seen_at"] >= fresh,
        )
        for row in rows
    ]


def recent_handling_seconds() -> float:
    """The mean length of the last 50 answered chats of the past 30 days (each counted
    between one minute and one hour), or ``CHAT_AVERAGE_MINUTES`` with fewer than five."""
    cached: float | None = cache.get(HANDLING_KEY)
    if cached is not None:
        return cached
    since = timezone.now() - dt.timedelta(days=30)
    recent = (
        Chat.objects.filter(accepted_at__isnull=False, ended_at__isnull=False, ended_at__gte=since)
        .order_by("-ended_at")
        .values_list("accepted_at", "ended_at")[:50]
    )
    lengths = [
        min(3600.0, max(60.0, (end - start).total_seconds()))
        for start, end in recent
        if start is not None and end is not None
    ]
    seconds = (
        sum(lengths) / len(lengths) if len(lengths) >= 5 else settings.CHAT_AVERAGE_MINUTES * 60.0
    )
    cache.set(HANDLING_KEY, seconds, _HANDLING_CACHE_SECONDS)
    return seconds


def capacity_now(now: dt.datetime | None = None) -> Capacity:
    duties = _duties_on_duty(now or timezone.now(), connected_only=True)
    return Capacity(
        available=len(duties),
        free=sum(max(0, duty.limit - duty.held) for duty in duties),
        slots=sum(duty.limit for duty in duties),
        handling_s=recent_handling_seconds(),
    )


def queue_version() -> int:
    """The version of a queue view read now: later views have higher ones (per process)."""
    return int(time.monotonic() * 1000)


def queue_snapshot() -> QueueSnapshot:
    """The waiting chats in queue order and who can answer them.

    Consumers share one snapshot per process for a moment, so a burst of queue changes
    costs a few queries, not a few per waiting client.
    """
    version = queue_version()
    ids = list(
        Chat.objects.filter(status=ChatStatus.QUEUED)
        .order_by("created_at", "pk")
        .values_list("pk", flat=True)
    )
    return QueueSnapshot(ids=ids, capacity=capacity_now(), version=version)


def estimated_wait(*, position: int, capacity: Capacity) -> int | None:
    """Seconds until a worker answers the chat at ``position`` (1 = next), or None when
    nobody is on duty and connected: then there is no honest estimate (pure).

    Chats a worker can still take are answered at once; beyond them one place frees up
    every ``handling / slots`` seconds on average.
    """
    if capacity.available == 0 or capacity.slots == 0:
        return None
    ahead = position - capacity.free
    if ahead <= 0:
        return 0
    return math.ceil(ahead * capacity.handling_s / capacity.slots)


def queue_frame_at(*, position: int, snapshot: QueueSnapshot) -> dict[str, Any]:
    """The client's queue frame for a known position (pure)."""
    wait = estimated_wait(position=position, capacity=snapshot.capacity)
    return {
        "type": "queue",
        "state": "waiting" if wait is not None else "nobody_on_duty",
        "position": position,
        "estimated_wait_s": wait,
        "available": snapshot.capacity.available,
        "alternatives": wait is None
        or wait > settings.CHAT_LONG_WAIT_MINUTES * 60
        or position >= settings.CHAT_MAX_QUEUE,
        "version": snapshot.version,
    }


def queue_frame(*, chat: Chat, snapshot: QueueSnapshot | None = None) -> dict[str, Any]:
    """The queue frame of one chat, its place counted now (after the client's own actions);
    who can answer may come from a snapshot a moment old."""
    position = queue_position(chat=chat)
    if snapshot is None:
        snapshot = queue_snapshot()
    return queue_frame_at(position=position, snapshot=snapshot)


def waiting_chats(*, now: dt.datetime) -> list[dict[str, Any]]:
    """The queue as the console shows it, with what each client wrote first while waiting
    and whether the chat is about safety (highlighted: it may be urgent)."""
    first = ChatMessage.objects.filter(
        chat=OuterRef("pk"), sender=Sender.CLIENT, internal=False
    ).order_by("seq")
    waiting = (
        Chat.objects.filter(status=ChatStatus.QUEUED)
        .annotate(first_message=Subquery(first.values("body")[:1]))
        .order_by("created_at", "pk")[:200]
    )
    rows = []
    for chat in waiting:
        first_message = (chat.first_message or "")[:200] or None
        rows.append(
            {
                "chat": chat.pk,
                "language": chat.language,
                "topic": chat.topic,
                "nickname": chat.nickname,
                "waited_s": int((now - chat.created_at).total_seconds()),
                "first_message": first_message,
                "safety": chat.topic == Topic.SAFETY or safety.sounds_urgent(first_message or ""),
            }
        )
    return rows


def anyone_waiting() -> bool:
    """Whether any chat is in the queue: one lookup in the status index."""
    return Chat.objects.filter(status=ChatStatus.QUEUED).exists()


def workers_on_duty(now: dt.datetime | None = None) -> list[dict[str, Any]]:
    """Who is on chat duty, whether their console is open, and how many chats each has:
    for coordinators and transfers."""
    return [
        {
            "user": duty.user_id,
            "name": duty.name,
            "active": duty.held,
            "limit": duty.limit,
            "since": duty.since.isoformat() if duty.since else None,
            "connected": duty.connected,
        }
        for duty in _duties_on_duty(now or timezone.now(), connected_only=False)
    ]


def worker_online(*, chat: Chat) -> bool:
    """Whether the worker holding ``chat`` has a console open."""
    if not chat.worker_id:
        return False
    return WorkerDuty.objects.filter(
        user_id=chat.worker_id, sockets__gt=0, seen_at__gte=connected_since(timezone.now())
    ).exists()


def ended_reason(*, chat: Chat) -> dict[str, Any]:
    """Why a chat the system ended has ended, for a client that missed the ``ended``: with
    ``duty_closed`` the next opening too, so the page shows the alternatives."""
    if chat.status != ChatStatus.ENDED or not chat.end_reason:
        return {}
    fields: dict[str, Any] = {"reason": chat.end_reason}
    if chat.end_reason == "duty_closed":
        opening = chat_duty_status(moment=timezone.now()).next_opening
        fields["next_opening"] = opening.starts.isoformat() if opening else None
    return fields


def client_state(*, chat: Chat) -> dict[str, Any]:
    """The ``state`` frame: where the client's chat stands now (the last-resort resync)."""
    return {
        "type": "state",
        "status": chat.status,
        "worker": worker_name_of(chat=chat),
        "worker_online": worker_online(chat=chat),
        "last_seq": last_visible_seq(chat=chat),
        **ended_reason(chat=chat),
    }


def held_chats_state(*, worker_id: int, known: set[int]) -> list[dict[str, Any]]:
    """The chats a console should show: those the worker holds now, and those it knows
    (with their status, so an end or a move it missed is noticed)."""
    return held_chats_states([(worker_id, known)])[0]


def held_chats_states(consoles: list[tuple[int, set[int]]]) -> list[list[dict[str, Any]]]:
    """``held_chats_state`` for many consoles (worker id, chats it knows) in one query, in
    their order."""
    if not consoles:
        return []
    workers = {worker_id for worker_id, _ in consoles}
    known_anywhere = set().union(*(known for _, known in consoles))
    rows = {
        row["pk"]: row
        for row in Chat.objects.filter(
            Q(worker_id__in=workers, status=ChatStatus.ACTIVE) | Q(pk__in=known_anywhere)
        ).values("pk", "last_seq", "status", "worker_id")
    }
    held_by: dict[int, list[int]] = {}
    for row in rows.values():
        if row["status"] == ChatStatus.ACTIVE and row["worker_id"] in workers:
            held_by.setdefault(row["worker_id"], []).append(row["pk"])

    def shown(worker_id: int, known: set[int]) -> list[dict[str, Any]]:
        held = set(held_by.get(worker_id, ()))
        return [
            {
                "chat": pk,
                "last_seq": rows[pk]["last_seq"],
                "status": rows[pk]["status"],
                "held": pk in held,
            }
            for pk in sorted((held | known) & rows.keys())
        ]

    return [shown(worker_id, known) for worker_id, known in consoles]


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
    return chat_workers_of_sessions([(user_id, session_key)]).get((user_id, session_key))


def chat_workers_of_sessions(pairs: list[tuple[int, str]]) -> dict[tuple[int, str], User]:
    """``chat_worker_of_session`` for many consoles at once, in a fixed handful of queries:
    the (user id, session key) pairs that still hold, with their users read fresh.

    Chat duty is ``may_take_chat_duty`` for all of them in one query: the permission as the
    model backend grants it (directly, through a group, or as an active superuser), the
    one backend of the project that grants permissions."""
    from django.contrib.auth import get_user_model

    from tukipiste.accounts.selectors import users_of_current_sessions

    users = users_of_current_sessions(pairs)
    if not users:
        return {}
    allowed = set(
        get_user_model()
        .objects.with_perm(TAKE_CHAT_DUTY, backend="django.contrib.auth.backends.ModelBackend")
        .filter(pk__in={user.pk for user in users.values()})
        .values_list("pk", flat=True)
    )
    return {pair: user for pair, user in users.items() if user.pk in allowed}


def console_checks(
    consoles: list[tuple[int, str, set[int]]],
) -> list[tuple[User | None, list[dict[str, Any]]]]:
    """The periodic check of many console sockets (user id, session key, chats it knows)
    in one go: each one's user if its session still holds with chat duty (else None), and
    the chats it should show (``held_chats_state``), in their order."""
    users = chat_workers_of_sessions([(user_id, key) for user_id, key, _ in consoles])
    states = held_chats_states([(user_id, known) for user_id, _, known in consoles])
    return [
        (users.get((user_id, key)), state)
        for (user_id, key, _), state in zip(consoles, states, strict=True)
    ]


def colleague_for_transfer(*, user_id: int) -> User | None:
    """An active colleague with chat duty, or None (a chat never goes to anyone else)."""
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    return user if user is not None and may_take_chat_duty(user) else None


def duty_state(*, worker: User) -> dict[str, Any]:
    """The console's ``duty`` frame: whether the worker is on duty, how many chats they take
    at once, and when chat duty closes."""
    duty = WorkerDuty.objects.filter(user=worker).first()
    status = chat_duty_status(moment=timezone.now())
    return {
        "type": "duty",
        "on": bool(duty and duty.on_duty),
        "limit": chat_limit(worker),
        "closes_at": status.closes_at.isoformat() if status.is_open and status.closes_at else None,
    }


def away_workers(*, now: dt.datetime, user_id: int | None = None) -> list[int]:
    """Workers on duty or holding chats with no console open for the grace period (or no
    sign of life from their consoles at all: a server process died under them)."""
    grace = now - dt.timedelta(seconds=settings.CHAT_AWAY_GRACE_SECONDS)
    silent = min(grace, connected_since(now))
    holding = Chat.objects.filter(status=ChatStatus.ACTIVE).values("worker_id")
    duties = WorkerDuty.objects.all()
    if user_id is not None:
        duties = duties.filter(user_id=user_id)
    return list(
        duties.filter(Q(on_duty=True) | Q(user_id__in=holding))
        .filter(
            Q(sockets=0, away_since__lte=grace)
            | Q(sockets=0, away_since__isnull=True)
            | Q(seen_at__lt=silent)
            | Q(seen_at__isnull=True)
        )
        .values_list("user_id", flat=True)
    )


def worker_name_of(*, chat: Chat) -> str | None:
    """The name the client sees for the chat's worker, if one holds it."""
    return display_name(chat.worker) if chat.worker_id and chat.worker else None


def worker_queue_frame(*, on_duty: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The console's view of the queue, of colleagues on duty (``workers_on_duty``, read now
    unless given) and of when duty closes."""
    version = queue_version()
    now = timezone.now()
    duty = chat_duty_status(moment=now)
    return {
        "type": "queue",
        "waiting": waiting_chats(now=now),
        "on_duty": workers_on_duty(now) if on_duty is None else on_duty,
        "closes_at": duty.closes_at.isoformat() if duty.is_open and duty.closes_at else None,
        "version": version,
    }


def duty_frame(*, moment: dt.datetime | None = None) -> dict[str, Any]:
    """The client's ``duty`` frame: whether chat duty is open, until when, and when next."""
    status = chat_duty_status(moment=moment or timezone.now())
    return {
        "type": "duty",
        "open": status.is_open,
        "closes_at": status.closes_at.isoformat() if status.is_open and status.closes_at else None,
        "next_opening": status.next_opening.starts.isoformat() if status.next_opening else None,
    }


def saved_replies() -> list[SavedReply]:
    """Every saved reply, for the console of a worker on chat duty."""
    return list(SavedReply.objects.all())


def duty_figures(*, now: dt.datetime) -> dict[str, int]:
    """Counts for the operations metrics, nothing about any one person: chats waiting and in
    conversation, workers on duty (and of them with a console open), and the messages of
    the last minute (clients' and workers', not system messages)."""
    chats = Chat.objects.filter(status__in=[ChatStatus.QUEUED, ChatStatus.ACTIVE]).aggregate(
        queued=Count("pk", filter=Q(status=ChatStatus.QUEUED)),
        active=Count("pk", filter=Q(status=ChatStatus.ACTIVE)),
    )
    on_duty = WorkerDuty.objects.filter(on_duty=True)
    since = now - dt.timedelta(minutes=1)
    return {
        "queued": chats["queued"],
        "active": chats["active"],
        "on_duty": on_duty.count(),
        "on_duty_connected": on_duty.filter(
            sockets__gt=0, seen_at__gte=connected_since(now)
        ).count(),
        # Through the chats (indexed by status), not a scan of every message kept.
        "messages_last_minute": ChatMessage.objects.filter(
            chat__in=Chat.objects.filter(
                Q(status__in=[ChatStatus.QUEUED, ChatStatus.ACTIVE]) | Q(ended_at__gte=since)
            ),
            created_at__gte=since,
            sender__in=[Sender.CLIENT, Sender.WORKER],
        ).count(),
    }
