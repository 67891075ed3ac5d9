"""Contacts: one service encounter each, with anonymous categories."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from tukipiste.records.choices import CategoryKind, Channel
from tukipiste.records.models.categories import Category


class ClientCode(models.Model):
    """A pseudonym a returning client carries on a card, so they are counted once.

    Generated at random, never derived from a name or a birth date; only its keyed hash is
    stored (``core.codes``), so the database alone does not print the client's card.
    """

    CODE_LENGTH = 8  # short enough to read from a card; the keyed hash protects it at rest
    CODE_PURPOSE = "records.client_code"

    code_hash = models.CharField(max_length=64, unique=True)
    office = models.ForeignKey(
        "offices.Office",
        verbose_name=_("office"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="client_codes",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("client code")
        verbose_name_plural = _("client codes")

    def __str__(self) -> str:
        return self.pseudonym

    @property
    def pseudonym(self) -> str:
        """How exports name the client: an internal number, never the code on the card."""
        return f"C{self.pk:06d}"


class Contact(models.Model):
    started_at = models.DateTimeField(_("time"), db_index=True)
    # The day of ``started_at`` in the organisation's time zone (YYYYMMDD), set on every
    # write: statistics group and filter by it on both databases (SQLite has no time zones).
    day = models.PositiveIntegerField(_("day"), default=0, editable=False)
    duration_seconds = models.PositiveIntegerField(_("duration (seconds)"), default=0)
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices)
    office = models.ForeignKey(
        "offices.Office",
        verbose_name=_("office"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="contacts",
    )
    # A town without an office (mobile outreach): a place from the shared list, never an
    # address.
    locality = models.ForeignKey(
        "offices.Locality",
        verbose_name=_("locality"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="contacts",
    )
    language = models.CharField(_("language used"), max_length=10, blank=True)
    interpretation = models.BooleanField(_("interpretation used"), default=False)
    client = models.ForeignKey(
        ClientCode,
        verbose_name=_("client code"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contacts",
    )
    age_band = models.ForeignKey(
        Category,
        verbose_name=_("age band"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"kind": CategoryKind.AGE_BAND},
    )
    gender = models.ForeignKey(
        Category,
        verbose_name=_("gender"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"kind": CategoryKind.GENDER},
    )
    work_environment = models.ForeignKey(
        Category,
        verbose_name=_("work environment"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"kind": CategoryKind.WORK_ENVIRONMENT},
    )
    categories = models.ManyToManyField(
        Category,
        verbose_name=_("topics, services and referrals"),
        through="ContactCategory",
        related_name="contacts",
        blank=True,
    )
    workers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("workers present"),
        related_name="contacts_present",
        blank=True,
    )
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
        indexes = [
            models.Index(fields=["office", "started_at"]),
            models.Index(fields=["recorded_by", "started_at"]),
            # The contact list walks this in order and stops at a page: a worker's "office or
            # recorded by me" filter otherwise sorted half a million rows per page (3.9 s at
            # 1,000,000 contacts on SQLite; 19 ms with it).
            models.Index(fields=["-started_at", "-id"], name="records_contact_newest_idx"),
            # Keeping the unique-client counts exact reads one client's contacts of a year.
            models.Index(fields=["client", "day"], name="records_contact_client_day"),
            # Counts the roll-ups cannot give (a worker's) read a range of days.
            models.Index(fields=["day", "channel"], name="records_contact_day_idx"),
        ]
        permissions = [
            ("view_statistics", "Can see the statistics of contacts"),
            ("export_contacts", "Can export contacts row by row (pseudonymous)"),
        ]

    def __str__(self) -> str:
        return f"{self.get_channel_display()} {self.started_at:%Y-%m-%d %H:%M}"


class ContactCategory(models.Model):
    """A topic, service given or referral of one contact."""

    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="category_links")
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="contact_links")

    class Meta:
        verbose_name = _("contact category")
        verbose_name_plural = _("contact categories")
        constraints = [
            models.UniqueConstraint(fields=["contact", "category"], name="contact_category_once")
        ]

    def __str__(self) -> str:
        return f"{self.contact_id}: {self.category_id}"


class SupplyGiven(models.Model):
    """How many of one supply (condoms, a leaflet in some language) a contact received."""

    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="supplies")
    category = models.ForeignKey(
        Category,
        verbose_name=_("supply"),
        on_delete=models.PROTECT,
        related_name="supplies_given",
        limit_choices_to={"kind": CategoryKind.SUPPLY},
    )
    quantity = models.PositiveIntegerField(_("quantity"))

    class Meta:
        verbose_name = _("supply given")
        verbose_name_plural = _("supplies given")
        constraints = [
            models.UniqueConstraint(fields=["contact", "category"], name="supply_once_per_contact"),
            models.CheckConstraint(
                condition=models.Q(quantity__gt=0), name="supply_quantity_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.category_id} × {self.quantity}"
