"""Chats, their messages, workers' duty, anonymous messages and saved replies.

A client is known only by a random token whose SHA-256 hash is stored; nothing else
identifies them. Purging blanks bodies and nicknames and keeps times, language and counts.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from tukipiste.website.blocks import BodyBlock

MESSAGE_MAX_LENGTH = 2000


class Topic(models.TextChoices):
    HEALTH = "health", _("Health")
    SEXUAL_HEALTH = "sexual_health", _("Sexual health and testing")
    SAFETY = "safety", _("Safety or violence")
    LEGAL = "legal", _("Law or residence")
    MONEY_HOUSING = "money_housing", _("Money or housing")
    OTHER = "other", _("Something else")


class ChatStatus(models.TextChoices):
    QUEUED = "queued", _("waiting")
    ACTIVE = "active", _("in conversation")
    ENDED = "ended", _("ended")


class Sender(models.TextChoices):
    CLIENT = "client", _("client")
    WORKER = "worker", _("worker")
    SYSTEM = "system", _("system")


class Chat(models.Model):
    token_hash = models.CharField(max_length=64, unique=True)
    language = models.CharField(_("language"), max_length=10)
    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices, blank=True)
    nickname = models.CharField(_("nickname"), max_length=40, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=ChatStatus.choices, default=ChatStatus.QUEUED
    )
    worker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("worker"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="chats",
    )
    office = models.ForeignKey(
        "offices.Office",
        verbose_name=_("office"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="chats",
    )
    created_at = models.DateTimeField(_("started"), auto_now_add=True, db_index=True)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True, db_index=True)
    ended_by = models.CharField(_("ended by"), max_length=10, choices=Sender.choices, blank=True)
    last_seq = models.PositiveIntegerField(default=0)
    blocked = models.BooleanField(_("blocked"), default=False)
    erased = models.BooleanField(_("erased by the client"), default=False)
    purged = models.BooleanField(_("transcript purged"), default=False)
    # Why a chat ended when the worker did not end it (for instance "duty_closed").
    end_reason = models.CharField(_("end reason"), max_length=20, blank=True)
    # Presence and receipts kept so that a reloaded console shows them again.
    client_online = models.BooleanField(default=False)
    client_sockets = models.PositiveIntegerField(default=0)  # open client sockets of the chat
    client_read_seq = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("chat")
        verbose_name_plural = _("chats")
        permissions = [
            ("take_chat_duty", "Can take chat duty: the queue, chats and anonymous messages")
        ]
        indexes = [models.Index(fields=["status", "created_at"])]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="active") | models.Q(worker__isnull=False),
                name="active_chat_has_worker",
            )
        ]

    def __str__(self) -> str:
        return f"chat {self.pk} ({self.status})"


class ChatMessage(models.Model):
    chat = models.ForeignKey(Chat, on_delete=models.CASCADE, related_name="messages")
    seq = models.PositiveIntegerField()
    client_id = models.CharField(max_length=64)
    sender = models.CharField(max_length=10, choices=Sender.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="chat_messages",
    )
    author_name = models.CharField(max_length=40, blank=True)
    body = models.TextField(max_length=MESSAGE_MAX_LENGTH, blank=True)
    event = models.CharField(max_length=20, blank=True)
    # Transfer notes are for staff only and are never sent to the client.
    internal = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["chat", "seq"]
        constraints = [
            models.UniqueConstraint(fields=["chat", "seq"], name="chat_message_seq_unique"),
            models.UniqueConstraint(
                fields=["chat", "sender", "client_id"], name="chat_message_client_id_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.chat_id}#{self.seq}"


class WorkerDuty(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="chat_duty"
    )
    on_duty = models.BooleanField(default=False)
    since = models.DateTimeField(null=True, blank=True)
    # Presence of the worker's consoles: open sockets, the last sign of life of any of
    # them, and since when none has been open (the grace before going off duty).
    sockets = models.PositiveIntegerField(default=0)
    seen_at = models.DateTimeField(null=True, blank=True)
    away_since = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("chat duty")
        verbose_name_plural = _("chat duty")

    def __str__(self) -> str:
        return f"{self.user} {'on' if self.on_duty else 'off'}"


class OfflineMessage(models.Model):
    """An anonymous message left outside chat hours, answered later, read with a code."""

    # The code is shown once to the client; only its keyed hash is stored (core.codes).
    CODE_LENGTH = 16  # about 78 bits: guessing a code is hopeless even without a limit
    CODE_PURPOSE = "chat.offline_message"

    code_hash = models.CharField(max_length=64, unique=True)
    language = models.CharField(_("language"), max_length=10)
    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices, blank=True)
    body = models.TextField(_("message"), max_length=MESSAGE_MAX_LENGTH, blank=True)
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    reply = models.TextField(_("reply"), max_length=MESSAGE_MAX_LENGTH, blank=True)
    replied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("replied by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="offline_replies",
    )
    replied_at = models.DateTimeField(_("replied"), null=True, blank=True)
    reply_read_at = models.DateTimeField(_("reply read"), null=True, blank=True)
    purged = models.BooleanField(default=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("anonymous message")
        verbose_name_plural = _("anonymous messages")

    def __str__(self) -> str:
        return f"message {self.pk}"


class SavedReply(models.Model):
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    title = models.CharField(_("title"), max_length=80)
    body = models.TextField(_("text"), max_length=MESSAGE_MAX_LENGTH)

    panels = [FieldPanel("language"), FieldPanel("title"), FieldPanel("body")]

    class Meta:
        ordering = ["language", "title"]
        verbose_name = _("saved reply")
        verbose_name_plural = _("saved replies")

    def __str__(self) -> str:
        return f"{self.title} ({self.language})"


class ChatPage(Page):
    """The public chat page: what chat duty is, and the live chat itself."""

    summary = models.TextField(_("summary"), max_length=300, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("chat page")

    def get_context(self, request, *args, **kwargs):
        from django.utils import timezone
        from django.utils.translation import get_language

        from tukipiste.appointments.selectors import next_remote_times
        from tukipiste.chat.selectors import chat_duty_status

        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        context["duty"] = chat_duty_status(moment=now)
        # Offered among the alternatives when the queue is long, full or closed.
        context["appointment_times"] = next_remote_times(language=get_language() or "", now=now)
        return context

    def serve(self, request, *args, **kwargs):
        # Whether chat duty is open changes on the minute: the whole-page cache must not
        # keep an old answer (the socket's ``duty`` frame then keeps the open page current).
        from django.utils.cache import add_never_cache_headers

        response = super().serve(request, *args, **kwargs)
        add_never_cache_headers(response)
        return response


class ChatFeedback(models.Model):
    """The client's one optional answer after a chat: did it help (1-5), and free words.

    Anonymous: it names no client. The words are client text and are blanked with the chat
    transcripts' retention period (docs/privacy.md); the rating stays for the statistics,
    which show it with small counts suppressed."""

    chat = models.OneToOneField(Chat, on_delete=models.CASCADE, related_name="feedback")
    rating = models.PositiveSmallIntegerField(_("did it help (1-5)"))
    words = models.TextField(_("words"), max_length=500, blank=True)
    given_at = models.DateTimeField(_("given"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("chat feedback")
        verbose_name_plural = _("chat feedback")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(rating__gte=1, rating__lte=5), name="chat_feedback_rating_1_5"
            )
        ]

    def __str__(self) -> str:
        return f"{self.rating}/5"
