"""Staff profiles: offices a staff member works for, and their chat limit."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    """The roles of the back-office; each is a group with permissions (see ``roles.py``)."""

    WORKER = "worker", _("Worker")
    PEER_WORKER = "peer_worker", _("Peer worker")
    COORDINATOR = "coordinator", _("Coordinator")
    EDITOR = "editor", _("Content editor")
    ADMINISTRATOR = "administrator", _("Administrator")


class StaffProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_profile"
    )
    offices = models.ManyToManyField(
        "offices.Office", blank=True, related_name="staff", verbose_name=_("offices")
    )
    display_name = models.CharField(
        _("name shown to clients"),
        max_length=40,
        blank=True,
        help_text=_("A first name or an alias, shown to clients in chat."),
    )
    chat_limit = models.PositiveSmallIntegerField(
        _("simultaneous chats"), default=3, help_text=_("How many chats at once.")
    )
    # Raised by "log out everywhere"; sessions that remember an older value are ended.
    session_generation = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("staff profile")
        verbose_name_plural = _("staff profiles")
        permissions = [
            ("view_all_offices", "Can see the data of every office"),
            ("export_statistics", "Can export statistics"),
            ("unlock_accounts", "Can unlock locked-out accounts"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(chat_limit__gte=1, chat_limit__lte=20), name="chat_limit_range"
            )
        ]

    def __str__(self) -> str:
        return self.display_name or self.user.get_username()
