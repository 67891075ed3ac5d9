"""Anonymous feedback from clients and visitors."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class FeedbackCategory(models.TextChoices):
    PRAISE = "praise", _("Something went well")
    IDEA = "idea", _("An idea or wish")
    COMPLAINT = "complaint", _("Something went wrong")
    WEBSITE = "website", _("This website")
    OTHER = "other", _("Something else")


class FeedbackStatus(models.TextChoices):
    NEW = "new", _("New")
    READ = "read", _("Read")
    ANSWERED = "answered", _("Answered")


class Feedback(models.Model):
    MESSAGE_MAX_LENGTH = 4000

    category = models.CharField(_("category"), max_length=20, choices=FeedbackCategory.choices)
    message = models.TextField(_("message"), max_length=MESSAGE_MAX_LENGTH)
    # Optional, typed by the client only if they want an answer; blanked by the retention job.
    reply_contact = models.CharField(_("how to answer"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=10)
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    status = models.CharField(
        _("status"), max_length=20, choices=FeedbackStatus.choices, default=FeedbackStatus.NEW
    )
    staff_note = models.TextField(_("internal note"), blank=True, max_length=2000)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="handled_feedback",
    )
    handled_at = models.DateTimeField(_("handled at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")

    def __str__(self) -> str:
        return f"{self.get_category_display()} {self.created_at:%Y-%m-%d}"

    def language_name(self) -> str:
        """The language's own name ("Русский") rather than its code."""
        return dict(settings.LANGUAGES).get(self.language, self.language)

    language_name.short_description = _("language")  # type: ignore[attr-defined]
