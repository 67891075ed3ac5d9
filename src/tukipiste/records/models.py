"""Contacts: one service encounter each, counted by statistics. Anonymous by design."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    DROP_IN = "drop_in", _("Drop-in")
    CHAT = "chat", _("Chat")
    PHONE = "phone", _("Phone")
    APPOINTMENT = "appointment", _("Appointment")
    OUTREACH_OUTDOOR = "outreach_outdoor", _("Outreach, outdoors")
    OUTREACH_INDOOR = "outreach_indoor", _("Outreach, indoors")
    OUTREACH_ONLINE = "outreach_online", _("Outreach, online")
    GROUP = "group", _("Group")
    MESSAGE = "message", _("E-mail or message")


class Contact(models.Model):
    started_at = models.DateTimeField(_("time"), db_index=True)
    duration_seconds = models.PositiveIntegerField(_("duration (seconds)"), default=0)
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices)
    office = models.ForeignKey(
        "website.Office",
        verbose_name=_("office"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="contacts",
    )
    language = models.CharField(_("language used"), max_length=10, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="recorded_contacts",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        indexes = [models.Index(fields=["office", "started_at"])]

    def __str__(self) -> str:
        return f"{self.get_channel_display()} {self.started_at:%Y-%m-%d %H:%M}"
