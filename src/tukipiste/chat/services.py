"""Writes of chat duty: starting, messaging, accepting, transferring, ending, erasing."""

from __future__ import annotations

import datetime as dt
import functools
import secrets
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.db import IntegrityError, connection, transaction
from django.db.models import F, QuerySet
from django.db.models.functions import Greatest
from django.utils import timezone

from tukipiste.accounts.selectors import chat_limit, display_name, primary_office
from tukipiste.chat import events
from tukipiste.chat.models import Chat, ChatMessage, ChatStatus, OfflineMessage, Sender, WorkerDuty
from tukipiste.chat.selectors import (
    active_chats_of,
    away_workers,
    chat_duty_status,
    chat_duty_status_now,
    may_take_chat_duty,
    message_frame,
    messages_after,
)
from tukipiste.core import codes
from tukipiste.core.audit import log_action

# The topic a client chose when opening the chat, as the topic categories of the contact
# the chat becomes (codes of the seeded "topic" list; a category an editor retired is left out).
TOPIC_CATEGORIES: dict[str, tuple[str, ...]] = {
    "health": ("health",),
    "sexual_health": ("sexual-health",),
    "safety": ("safety-violence",),
    "legal": ("legal-residence",),
    "money_housing": ("money", "housing"),
    "other": ("other",),
}


class ChatError(Exception):
    """A refused chat action; ``code`` is the protocol's error code."""

    code = "bad_frame"

    def __init__(self, message: str = "") -> None:
        super().__init__(message or self.code)


class ChatClosed(ChatError):
    code = "chat_closed"


class QueueFull(ChatError):
    code = "queue_full"


class ChatEnded(ChatError):
    code = "ended"


class Taken(ChatError):
    code = "taken"


class LimitReached(ChatError):
    code = "limit_reached"


class OffDuty(ChatError):
    code = "off_duty"


class NotYours(ChatError):
    code = "not_yours"


class NotAllowed(ChatError):
    code = "forbidden"


def chat_by_token(token: str) -> Chat | None:
    if not token or len(token) > 128:
        return None
    return Chat.objects.filter(token_hash=codes.token_hash(token)).first()


def start_chat(
    *, language: str, topic: str = "", nickname: str = "", moment: dt.datetime | None = None
) -> tuple[Chat, str]:
    """Open a chat in the queue and return it with the client's token (shown only now)."""
    status = chat_duty_status(moment=moment) if moment else chat_duty_status_now()
    if not status.is_open:
        raise ChatClosed("no chat duty now")
    if Chat.objects.filter(status=ChatStatus.QUEUED).count() >= settings.CHAT_MAX_QUEUE:
        raise QueueFull("the queue is full")
    token = secrets.token_urlsafe(24)  # 192 bits
    with transaction.atomic():
        chat = Chat.objects.create(
            token_hash=codes.token_hash(token),
            language=language,
            topic=topic,
            nickname=nickname.strip()[:40],
            client_online=True,  # started from a socket that is open now
            client_sockets=1,
        )
        events.queue_changed()
    return chat, token


def post_message(
    *, chat_id: int, sender: str, client_id: str, body: str, author: User | None = None
) -> tuple[ChatMessage, bool]:
    """Store a message before anyone is told of it; return it and whether it is new.

    A resend of the same ``client_id`` returns the stored message, so nothing is doubled:
    the unique ``client_id`` refuses the second row (no lookup first: a new message is the
    common case, and every query here waits on the one database thread).
    """

    def stored() -> QuerySet[ChatMessage]:
        return ChatMessage.objects.filter(chat_id=chat_id, sender=sender, client_id=client_id)

    try:
        with transaction.atomic():
            message = _append_to_open_chat(
                chat_id, sender=sender, client_id=client_id, body=body, author=author
            )
            if message is not None:
                return message, True
            # Ended, not this worker's, or no such chat (Chat.DoesNotExist): say which.
            locked = Chat.objects.select_for_update().get(pk=chat_id)
            ended = locked.status == ChatStatus.ENDED
            if ended or (
                sender == Sender.WORKER and (author is None or locked.worker_id != author.pk)
            ):
                existing = stored().first()  # a resend of what was stored before is answered
                if existing is not None:
                    return existing, False
                raise ChatEnded("the chat has ended") if ended else NotYours("not your chat")
            message = _append(locked, sender=sender, client_id=client_id, body=body, author=author)
    except IntegrityError:
        # A resend, or two sockets resent the same message at once: it is stored already.
        return stored().get(), False
    return message, True


# Databases whose UPDATE and INSERT both take RETURNING as written below.
RETURNING_VENDORS = ("postgresql", "sqlite")


@functools.cache
def _append_statements(vendor: str, *, from_worker: bool) -> tuple[str, str]:
    """The two statements of ``_append_to_open_chat`` for a database ``vendor``. Names come
    from the models' metadata and every value is a parameter."""
    quote = connection.ops.quote_name
    chat = {field.attname: quote(field.column) for field in Chat._meta.concrete_fields}
    condition = f"{chat['id']} = %s AND {chat['status']} <> %s"
    if from_worker:
        condition += f" AND {chat['worker_id']} = %s"
    seq = chat["last_seq"]
    update = (
        f"UPDATE {quote(Chat._meta.db_table)} SET {seq} = {seq} + 1"  # noqa: S608
        f" WHERE {condition} RETURNING {seq}"
    )
    columns = ", ".join(quote(field.column) for field in _message_fields())
    insert = (
        f"INSERT INTO {quote(ChatMessage._meta.db_table)} ({columns})"  # noqa: S608
        f" VALUES ({', '.join(['%s'] * len(_message_fields()))})"
        f" RETURNING {quote(ChatMessage._meta.pk.column)}"
    )
    return update, insert


@functools.cache
def _message_fields() -> tuple[Any, ...]:
    """The columns the message's ``INSERT`` writes, in its order (read once: every message
    comes through here)."""
    return tuple(field for field in ChatMessage._meta.concrete_fields if not field.primary_key)


def _append_to_open_chat(
    chat_id: int, *, sender: str, client_id: str, body: str, author: User | None
) -> ChatMessage | None:
    """``_append`` for a message to a chat that is open (and, from a worker, theirs), in two
    statements: one ``UPDATE ... RETURNING`` takes the chat's next seq and locks its row,
    then the message's ``INSERT``. None when the chat is ended, someone else's or missing:
    nothing is written then. Call inside a transaction.

    Every chat message comes this way, on the one database thread that all the chat's
    writes share. Built by the query compiler, the same work (read the chat, update it,
    insert) took about 1 ms of interpreter time per message, ten times the database's own,
    and held the interpreter lock that the server's event loop waits for (decision 0021).
    Another database, or SQLite before 3.35, gets None here and the compiled path
    (``_append``). No ``save`` runs, so no ``post_save`` receiver could hear of the message
    (none listens to ``ChatMessage``; a test keeps it so).
    """
    if not (
        connection.vendor in RETURNING_VENDORS
        and connection.features.can_return_columns_from_insert
    ):
        return None
    from_worker = sender == Sender.WORKER
    update, insert = _append_statements(connection.vendor, from_worker=from_worker)
    params: list[Any] = [chat_id, ChatStatus.ENDED]
    if from_worker:
        params.append(author.pk if author is not None else None)
    with connection.cursor() as cursor:
        cursor.execute(update, params)
        row = cursor.fetchone()
        if row is None:
            return None
        message = ChatMessage(
            chat_id=chat_id,
            seq=row[0],
            client_id=client_id,
            sender=sender,
            author=author,
            author_name=display_name(author) if author else "",
            body=body,
            created_at=timezone.now(),
        )
        cursor.execute(
            insert,
            [
                field.get_db_prep_save(getattr(message, field.attname), connection)
                for field in _message_fields()
            ],
        )
        message.pk = cursor.fetchone()[0]
    message._state.adding, message._state.db = False, connection.alias
    events.to_chat(chat_id, message_frame(message))
    return message


def _append(
    chat: Chat,
    *,
    sender: str,
    client_id: str,
    body: str = "",
    author: User | None = None,
    event: str = "",
    internal: bool = False,
) -> ChatMessage:
    """Give the message the chat's next sequence number; call inside a transaction."""
    seq = chat.last_seq + 1
    Chat.objects.filter(pk=chat.pk).update(last_seq=seq)
    chat.last_seq = seq
    message = ChatMessage.objects.create(
        chat=chat,
        seq=seq,
        client_id=client_id,
        sender=sender,
        author=author,
        author_name=display_name(author) if author else "",
        body=body,
        event=event,
        internal=internal,
    )
    if internal:
        if chat.worker_id:
            events.to_worker(chat.worker_id, message_frame(message, chat_id=chat.pk))
    else:
        events.to_chat(chat.pk, message_frame(message))
    return message


def _system(
    chat: Chat, event: str, *, body: str = "", author: User | None = None, internal: bool = False
) -> ChatMessage:
    return _append(
        chat,
        sender=Sender.SYSTEM,
        client_id=f"{event}-{secrets.token_hex(6)}",
        body=body,
        author=author,
        event=event,
        internal=internal,
    )


@transaction.atomic
def set_duty(*, worker: User, on: bool) -> WorkerDuty:
    """Go on or off chat duty; the queue's figures follow."""
    if on and not may_take_chat_duty(worker):
        raise NotAllowed("chat duty needs a worker's role")
    duty, _ = WorkerDuty.objects.select_for_update().get_or_create(user=worker)
    duty.on_duty = on
    duty.since = timezone.now() if on else None
    duty.save(update_fields=["on_duty", "since"])
    events.queue_changed()
    return duty


# --- Presence ----------------------------------------------------------------------------


def _tell_worker_presence(worker_id: int, *, online: bool) -> None:
    held = Chat.objects.filter(worker_id=worker_id, status=ChatStatus.ACTIVE)
    for chat_id in held.values_list("pk", flat=True):
        events.to_chat(
            chat_id, {"type": "presence", "who": "worker", "online": online}, origin=Sender.WORKER
        )


@transaction.atomic
def console_opened(*, worker_id: int) -> None:
    """A console socket of the worker opened: their clients learn they are back."""
    duty, _ = WorkerDuty.objects.select_for_update().get_or_create(user_id=worker_id)
    came_back = duty.sockets == 0
    duty.sockets += 1
    duty.seen_at = timezone.now()
    duty.away_since = None
    duty.save(update_fields=["sockets", "seen_at", "away_since"])
    if came_back:
        _tell_worker_presence(worker_id, online=True)
        events.queue_changed()


@transaction.atomic
def console_closed(*, worker_id: int) -> None:
    """A console socket closed. With none left the worker's clients are told at once, and
    the grace before going off duty (``CHAT_AWAY_GRACE_SECONDS``) starts."""
    duty = WorkerDuty.objects.select_for_update().filter(user_id=worker_id).first()
    if duty is None:
        return
    duty.sockets = max(0, duty.sockets - 1)
    if duty.sockets == 0:
        duty.away_since = timezone.now()
        _tell_worker_presence(worker_id, online=False)
        events.queue_changed()
    duty.save(update_fields=["sockets", "away_since"])


def console_alive(*, worker_id: int) -> None:
    """A console's periodic sign of life: its worker still counts as connected (at least
    this socket is open, whatever a sweep that wrongly took them for gone has counted)."""
    consoles_alive(worker_ids=[worker_id])


def consoles_alive(*, worker_ids: Iterable[int]) -> None:
    """The sign of life of every console of a process, in one write (the chat's clock)."""
    WorkerDuty.objects.filter(user_id__in=list(worker_ids)).update(
        seen_at=timezone.now(), sockets=Greatest(F("sockets"), 1), away_since=None
    )


def send_away_workers_off_duty(*, now: dt.datetime | None = None) -> list[int]:
    """Workers with no console for the grace period go off duty and their chats back to the
    queue, where colleagues on duty take them. Safe to run in several processes at once."""
    now = now or timezone.now()
    gone = []
    for worker_id in away_workers(now=now):
        with transaction.atomic():
            # Read again under a lock: the worker may have come back since the first read.
            duty = WorkerDuty.objects.select_for_update().filter(user_id=worker_id).first()
            if duty is None or worker_id not in away_workers(now=now, user_id=worker_id):
                continue
            # Consoles of a process that died never said goodbye: forget them.
            WorkerDuty.objects.filter(pk=duty.pk).update(
                sockets=0, away_since=duty.away_since or now
            )
            end_duty(worker_id=worker_id)
            gone.append(worker_id)
    return gone


@transaction.atomic
def client_presence(*, chat_id: int, online: bool) -> None:
    """A client socket of the chat opened or closed. The worker is told when the first one
    opens or the last one closes (a phone reconnecting opens the new socket before the
    server notices the old one is dead: sockets are counted, not flagged)."""
    chat = Chat.objects.select_for_update().filter(pk=chat_id).first()
    if chat is None:
        return
    chat.client_sockets = chat.client_sockets + 1 if online else max(0, chat.client_sockets - 1)
    now_online = chat.client_sockets > 0
    changed = now_online != chat.client_online
    chat.client_online = now_online
    chat.save(update_fields=["client_sockets", "client_online"])
    if changed and chat.status == ChatStatus.ACTIVE:
        events.to_chat(
            chat_id,
            {"type": "presence", "who": "client", "online": now_online},
            origin=Sender.CLIENT,
        )


def client_read(*, chat_id: int, seq: int) -> None:
    """Keep how far the client has read, so that a reloaded console shows it again."""
    Chat.objects.filter(pk=chat_id, client_read_seq__lt=seq, last_seq__gte=seq).update(
        client_read_seq=seq
    )


@transaction.atomic
def end_duty(*, worker_id: int) -> None:
    """Take a worker whose session ended off duty and put their chats back in the queue:
    they can no longer answer, and a colleague on duty can."""
    if WorkerDuty.objects.filter(user_id=worker_id, on_duty=True).update(on_duty=False, since=None):
        events.queue_changed()
        # A console still open (the worker came back just now) shows it.
        events.to_worker(worker_id, {"type": "duty", "on": False, "reason": "away"})
    held = Chat.objects.filter(worker_id=worker_id, status=ChatStatus.ACTIVE)
    for chat in held.select_related("worker"):
        assert chat.worker is not None  # an active chat has a worker (a constraint)
        transfer_chat(chat_id=chat.pk, by=chat.worker, to=None)


def read_transcript(*, chat: Chat, reader: User, after_seq: int) -> list[dict[str, Any]]:
    """The chat's messages after ``after_seq`` for a worker; the read is audited."""
    with transaction.atomic():
        log_action(actor=reader, action="chat.transcript.viewed", obj=chat)
    return messages_after(chat=chat, after_seq=after_seq, for_worker=True)


def open_assigned_chat(*, chat_id: int, reader: User, note: str) -> dict[str, Any]:
    """The console's ``assigned`` frame: the chat with its whole transcript (audited)."""
    chat = Chat.objects.get(pk=chat_id)
    return {
        "type": "assigned",
        "chat": chat.pk,
        "language": chat.language,
        "topic": chat.topic,
        "nickname": chat.nickname,
        "status": chat.status,
        "started_at": chat.created_at.isoformat(),
        "note": note,
        "client_online": chat.client_online,
        "read_seq": chat.client_read_seq,
        "messages": read_transcript(chat=chat, reader=reader, after_seq=0),
    }


def accept_chat(*, chat_id: int, worker: User) -> Chat:
    """Take a waiting chat. Of several workers accepting at once exactly one succeeds."""
    if not may_take_chat_duty(worker):
        raise NotAllowed("chat duty needs a worker's role")
    if not WorkerDuty.objects.filter(user=worker, on_duty=True).exists():
        raise OffDuty("go on duty first")
    if len(active_chats_of(worker=worker)) >= chat_limit(worker):
        raise LimitReached("at your chat limit")
    office = primary_office(worker)
    now = timezone.now()
    with transaction.atomic():
        # The conditional update is the lock: only one UPDATE finds the chat still queued.
        taken = Chat.objects.filter(pk=chat_id, status=ChatStatus.QUEUED).update(
            status=ChatStatus.ACTIVE, worker=worker, accepted_at=now, office=office
        )
        if taken != 1:
            raise Taken("another worker took this chat")
        chat = Chat.objects.select_for_update().get(pk=chat_id)
        seq = _system(chat, "accepted", author=worker).seq
        events.to_chat(chat.pk, {"type": "accepted", "worker": display_name(worker), "seq": seq})
        events.queue_changed()
        log_action(actor=worker, action="chat.chat.accepted", obj=chat)
    return chat


def transfer_chat(*, chat_id: int, by: User, to: User | None, note: str = "") -> Chat:
    """Hand an active chat to a colleague (or back to the queue) with an internal note."""
    with transaction.atomic():
        chat = Chat.objects.select_for_update().get(pk=chat_id)
        if chat.status != ChatStatus.ACTIVE or chat.worker_id != by.pk:
            raise NotYours("you do not hold this chat")
        if to is not None:
            if not WorkerDuty.objects.filter(user=to, on_duty=True).exists():
                raise OffDuty("that colleague is not on duty")
            if len(active_chats_of(worker=to)) >= chat_limit(to):
                raise LimitReached("that colleague is at their chat limit")
        previous = chat.worker_id
        if to is None:
            chat.status = ChatStatus.QUEUED
            chat.worker = None
        else:
            chat.worker = to
        chat.save(update_fields=["status", "worker"])
        seq = _system(chat, "transferred", author=by).seq
        if note.strip():
            _system(chat, "note", body=note.strip()[:500], author=by, internal=True)
        events.to_worker(previous, {"type": "unassigned", "chat": chat.pk})
        if to is not None:
            events.to_worker(to.pk, {"type": "assigned_by_transfer", "chat": chat.pk, "note": note})
        else:
            events.to_chat(chat.pk, {"type": "requeued", "seq": seq})
        events.queue_changed()
        log_action(
            actor=by,
            action="chat.chat.transferred",
            obj=chat,
            detail=f"to {to.pk}" if to is not None else "to the queue",
        )
    return chat


def end_chat(
    *,
    chat_id: int,
    by: str,
    worker: User | None = None,
    reason: str = "",
    extra: dict[str, Any] | None = None,
) -> Chat:
    """End a chat; one the worker accepted becomes a contact of channel "chat".

    ``reason`` says why when nobody chose to end it (``duty_closed``); ``extra`` goes to the
    client with the ``ended`` frame.
    """
    from tukipiste.records.selectors import categories_with_codes
    from tukipiste.records.services import ContactInput, record_contact

    with transaction.atomic():
        chat = Chat.objects.select_for_update().get(pk=chat_id)
        if chat.status == ChatStatus.ENDED:
            return chat
        if by == Sender.WORKER and (worker is None or chat.worker_id != worker.pk):
            raise NotYours("you do not hold this chat")
        was_queued = chat.status == ChatStatus.QUEUED
        chat.status = ChatStatus.ENDED
        chat.ended_at = timezone.now()
        chat.ended_by = by
        chat.end_reason = reason
        chat.save(update_fields=["status", "ended_at", "ended_by", "end_reason"])
        seq = _system(chat, "ended", body=by).seq
        frame: dict[str, Any] = {"type": "ended", "by": by, "seq": seq}
        if reason:
            frame["reason"] = reason
        events.to_chat(chat.pk, {**frame, **(extra or {})})
        if was_queued:
            events.queue_changed()
        if by == Sender.WORKER:
            log_action(actor=worker, action="chat.chat.ended", obj=chat)
        if chat.accepted_at is not None:
            record_contact(
                contact=ContactInput(
                    channel="chat",
                    started_at=chat.accepted_at,
                    duration_seconds=int((chat.ended_at - chat.accepted_at).total_seconds()),
                    office=chat.office,
                    language=chat.language,
                    categories=categories_with_codes(
                        kind="topic", category_codes=TOPIC_CATEGORIES.get(chat.topic, ())
                    ),
                ),
                by=chat.worker,
            )
    return chat


def close_queue_after_duty(*, moment: dt.datetime | None = None) -> int:
    """When chat duty has closed, end every waiting chat and tell its client why and when
    duty opens next (they see the alternatives). Chats already in conversation go on."""
    moment = moment or timezone.now()
    status = chat_duty_status(moment=moment)
    if status.is_open:
        return 0
    opening = status.next_opening.starts.isoformat() if status.next_opening else None
    # Only chats nobody has answered yet: a conversation back in the queue (its worker went
    # away) goes on with a colleague still on duty.
    waiting = list(
        Chat.objects.filter(status=ChatStatus.QUEUED, accepted_at__isnull=True).values_list(
            "pk", flat=True
        )
    )
    for chat_id in waiting:
        end_chat(
            chat_id=chat_id,
            by=Sender.SYSTEM,
            reason="duty_closed",
            extra={"next_opening": opening},
        )
    return len(waiting)


@transaction.atomic
def erase_chat(*, chat_id: int) -> Chat:
    """The client ends the chat and wipes its transcript at once (both or neither)."""
    end_chat(chat_id=chat_id, by=Sender.CLIENT)
    chat = Chat.objects.select_for_update().get(pk=chat_id)
    ChatMessage.objects.filter(chat=chat).update(body="")
    chat.erased = True
    chat.nickname = ""
    chat.save(update_fields=["erased", "nickname"])
    events.to_chat(chat.pk, {"type": "erased"})
    return chat


@transaction.atomic
def block_chat(*, chat_id: int, worker: User) -> Chat:
    """End an abusive chat and refuse its token from now on (both or neither)."""
    chat = end_chat(chat_id=chat_id, by=Sender.WORKER, worker=worker)
    Chat.objects.filter(pk=chat.pk).update(blocked=True)
    chat.blocked = True
    events.to_chat(chat.pk, {"type": "blocked"})
    log_action(actor=worker, action="chat.chat.blocked", obj=chat)
    return chat


def purge_transcripts(cutoff: dt.datetime) -> int:
    """Blank bodies and nicknames of chats ended (or abandoned) before ``cutoff``.

    Times, language, topic and message counts stay for statistics.
    """
    stale = Chat.objects.filter(purged=False, created_at__lt=cutoff).exclude(ended_at__gte=cutoff)
    ids = list(stale.values_list("pk", flat=True))
    ChatMessage.objects.filter(chat_id__in=ids).update(body="")
    Chat.objects.filter(pk__in=ids).update(nickname="", purged=True)
    Chat.objects.filter(pk__in=ids).exclude(status=ChatStatus.ENDED).update(
        status=ChatStatus.ENDED, ended_at=cutoff, ended_by=Sender.SYSTEM, worker=None
    )
    return len(ids)


# --- Anonymous messages outside chat hours ----------------------------------------------


def leave_message(*, language: str, topic: str, body: str) -> tuple[OfflineMessage, str]:
    code = codes.generate(length=OfflineMessage.CODE_LENGTH)
    message = OfflineMessage.objects.create(
        code_hash=codes.storage_hash(code, purpose=OfflineMessage.CODE_PURPOSE),
        language=language,
        topic=topic,
        body=body.strip(),
    )
    return message, code


def message_by_code(*, code: str) -> OfflineMessage | None:
    # Not checked against today's alphabet: codes given earlier may hold a B or an S.
    normalised = codes.normalise(code)
    if len(normalised) != OfflineMessage.CODE_LENGTH:
        return None
    # Codes given before the keyed hash were stored as the SHA-256 of the grouped code.
    hashes = codes.lookup_hashes(
        normalised, purpose=OfflineMessage.CODE_PURPOSE, legacy=[codes.grouped(normalised)]
    )
    message = OfflineMessage.objects.filter(code_hash__in=hashes).first()
    if message is not None and message.replied_at and message.reply_read_at is None:
        OfflineMessage.objects.filter(pk=message.pk).update(reply_read_at=timezone.now())
    return message


@transaction.atomic
def reply_to_message(*, message_id: int, worker: User, reply: str) -> OfflineMessage:
    """Answer an anonymous message; the client reads it with their code."""
    message = OfflineMessage.objects.select_for_update().get(pk=message_id)
    message.reply = reply.strip()
    message.replied_by = worker
    message.replied_at = timezone.now()
    message.save(update_fields=["reply", "replied_by", "replied_at"])
    log_action(actor=worker, action="chat.message.replied", obj=message)
    return message


def purge_offline_messages(cutoff: dt.datetime) -> int:
    return OfflineMessage.objects.filter(purged=False, created_at__lt=cutoff).update(
        body="", reply="", purged=True
    )
