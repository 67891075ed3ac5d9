"""Outreach sessions (etsivä työ): a shift of street, venue or online work, who took part,
how many people it reached, what was handed out, and the contacts recorded during it.

Nothing here identifies a client: a session names a public place, a kind of venue or an
online forum, and holds counts. Its contacts are ordinary anonymous contact records,
written through ``records.services.record_contact`` and linked here.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from tukipiste.records.choices import CategoryKind, Channel


class Environment(models.TextChoices):
    OUTDOOR = "outdoor", _("Outdoors")
    INDOOR = "indoor", _("Indoor venue")
    ONLINE = "online", _("Online")


# The contact channel each environment's contacts are recorded with.
CHANNEL_OF = {
    Environment.OUTDOOR: Channel.OUTREACH_OUTDOOR,
    Environment.INDOOR: Channel.OUTREACH_INDOOR,
    Environment.ONLINE: Channel.OUTREACH_ONLINE,
}


class Forum(models.Model):
    """An online forum (contact-ad site, chat board) where online outreach is done.

    A managed list kept by coordinators; retired instead of deleted, since past sessions
    name it."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    address = models.CharField(
        _("web address"), max_length=200, blank=True, help_text=_("For staff only.")
    )
    active = models.BooleanField(
        _("in use"), default=True, help_text=_("Forums no longer in use stay in past sessions.")
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("online forum")
        verbose_name_plural = _("online forums")

    def __str__(self) -> str:
        return self.name


class OutreachSession(models.Model):
    """One outreach shift: when, where, who took part and what it reached."""

    # Made on the worker's device before the first send, so that a form sent again after a
    # lost connection finds the session it already created instead of making a second one.
    idempotency_key = models.UUIDField(unique=True, editable=False)
    starts_at = models.DateTimeField(_("started"))
    ends_at = models.DateTimeField(_("ended"))
    # The start's day in Helsinki time (YYYYMMDD): where the supplies count in the statistics.
    day = models.PositiveIntegerField(_("day"), default=0, editable=False)
    environment = models.CharField(_("environment"), max_length=10, choices=Environment.choices)
    locality = models.ForeignKey(
        "offices.Locality",
        verbose_name=_("locality"),
        on_delete=models.PROTECT,
        related_name="outreach_sessions",
    )
    office = models.ForeignKey(
        "offices.Office",
        verbose_name=_("office"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="outreach_sessions",
    )
    # A public place or a kind of venue ("Kaisaniemi park", "massage parlours, Kallio"),
    # never an address of someone's home.
    venue = models.CharField(_("place or venue"), max_length=120, blank=True)
    forum = models.ForeignKey(
        Forum,
        verbose_name=_("online forum"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sessions",
    )
    workers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("workers and peer workers"),
        related_name="outreach_sessions",
        blank=True,
    )
    partner_staff = models.PositiveSmallIntegerField(_("partner staff"), default=0)
    partner_organisations = models.CharField(_("partner organisations"), max_length=200, blank=True)
    people_reached = models.PositiveIntegerField(_("people reached"), default=0)
    messaged = models.PositiveIntegerField(_("people messaged"), default=0)
    answered = models.PositiveIntegerField(_("people who answered"), default=0)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="recorded_outreach_sessions",
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)
    changed_at = models.DateTimeField(_("changed"), auto_now=True)

    class Meta:
        ordering = ["-starts_at", "-pk"]
        verbose_name = _("outreach session")
        verbose_name_plural = _("outreach sessions")
        indexes = [models.Index(fields=["-starts_at", "-id"], name="outreach_session_newest_idx")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="outreach_session_ends_after_start",
            ),
            models.CheckConstraint(
                condition=models.Q(answered__lte=models.F("messaged")),
                name="outreach_answered_at_most_messaged",
            ),
            models.CheckConstraint(
                condition=~models.Q(environment="online") | models.Q(forum__isnull=False),
                name="outreach_online_has_forum",
            ),
        ]
        permissions = [
            ("view_outreach_summary", "Can see the outreach summaries of every office"),
        ]

    def __str__(self) -> str:
        return f"{self.get_environment_display()} {self.starts_at:%Y-%m-%d %H:%M}"


class SessionSupply(models.Model):
    """How many of one supply (from the contact records' supply list) a session handed out."""

    session = models.ForeignKey(OutreachSession, on_delete=models.CASCADE, related_name="supplies")
    category = models.ForeignKey(
        "records.Category",
        verbose_name=_("supply"),
        on_delete=models.PROTECT,
        related_name="outreach_supplies",
        limit_choices_to={"kind": CategoryKind.SUPPLY},
    )
    quantity = models.PositiveIntegerField(_("quantity"))

    class Meta:
        verbose_name = _("supply handed out")
        verbose_name_plural = _("supplies handed out")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "category"], name="outreach_supply_once_per_session"
            ),
            models.CheckConstraint(
                condition=models.Q(quantity__gt=0), name="outreach_supply_quantity_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.category_id} × {self.quantity}"


class SessionContact(models.Model):
    """A contact recorded during a session. The contact itself lives in the records; a
    contact belongs to one session at most."""

    session = models.ForeignKey(
        OutreachSession, on_delete=models.CASCADE, related_name="contact_links"
    )
    contact = models.OneToOneField(
        "records.Contact", on_delete=models.CASCADE, related_name="outreach_link"
    )

    class Meta:
        verbose_name = _("contact of a session")
        verbose_name_plural = _("contacts of sessions")

    def __str__(self) -> str:
        return f"{self.session_id}: {self.contact_id}"
