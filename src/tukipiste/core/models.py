"""Models of the shared kernel: the append-only audit log and retention settings."""

from __future__ import annotations

from typing import Any, NoReturn

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from tukipiste.core import auditactions


class AppendOnlyError(RuntimeError):
    """Raised when code tries to change or delete an audit entry."""


class AuditEntryQuerySet(models.QuerySet["AuditEntry"]):
    def update(self, **kwargs: Any) -> NoReturn:
        raise AppendOnlyError("audit entries cannot be changed")

    def delete(self) -> NoReturn:
        raise AppendOnlyError("audit entries are removed only by the retention job")


class AuditEntry(models.Model):
    """Who did what to which client-related record, and when. Never the content itself."""

    at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="audit_entries",
    )
    # Kept when the account is later deleted, so the trail still names who it was.
    actor_username = models.CharField(_("username"), max_length=150)
    # A namespaced code such as "chat.chat.accepted" (core.auditactions).
    action = models.CharField(_("action"), max_length=60, choices=auditactions.choices)
    object_type = models.CharField(_("object type"), max_length=60, db_index=True)
    object_id = models.CharField(_("object"), max_length=64, blank=True)
    detail = models.CharField(_("detail"), max_length=200, blank=True)

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit trail")
        permissions = [("view_audit_trail", "Can search the audit trail")]
        indexes = [models.Index(fields=["object_type", "at"]), models.Index(fields=["actor", "at"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_username} {self.action} {self.object_type}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise AppendOnlyError("audit entries cannot be changed")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise AppendOnlyError("audit entries are removed only by the retention job")

    def object_type_label(self) -> str:
        """The kind of record in the reader's language ("palaute"), not "website.feedback"."""
        from django.apps import apps

        try:
            return str(apps.get_model(self.object_type)._meta.verbose_name)
        except (LookupError, ValueError):
            return self.object_type

    object_type_label.short_description = _("object type")  # type: ignore[attr-defined]


class DataKind(models.TextChoices):
    """Kinds of client data with a retention period; an app adds its kind (and a migration
    creating its default period) when it starts storing such data."""

    CHAT_TRANSCRIPTS = "chat_transcripts", _("Chat transcripts")
    OFFLINE_MESSAGES = "offline_messages", _("Anonymous messages and replies")
    FEEDBACK_CONTACTS = "feedback_contacts", _("Feedback contact details")
    AUDIT_ENTRIES = "audit_entries", _("Audit trail entries")
    APPOINTMENTS = "appointments", _("Appointments (nicknames and messages)")


DEFAULT_RETENTION_DAYS = {
    DataKind.CHAT_TRANSCRIPTS: 30,
    DataKind.OFFLINE_MESSAGES: 30,
    DataKind.FEEDBACK_CONTACTS: 90,
    DataKind.AUDIT_ENTRIES: 730,
    DataKind.APPOINTMENTS: 30,
}


class RetentionPolicy(models.Model):
    """How long one kind of client-related data is kept before the purge job removes it."""

    kind = models.CharField(_("data"), max_length=40, choices=DataKind.choices, unique=True)
    days = models.PositiveIntegerField(
        _("keep for (days)"),
        help_text=_("After this many days the data is deleted by the nightly purge."),
    )

    class Meta:
        ordering = ["kind"]
        verbose_name = _("retention period")
        verbose_name_plural = _("retention periods")
        constraints = [
            models.CheckConstraint(condition=models.Q(days__gte=1), name="retention_at_least_a_day")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.days}"
