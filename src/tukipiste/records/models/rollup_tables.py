"""Roll-ups of contacts, kept current in the same transaction as every write.

The dashboard reads these instead of counting contacts, so its cost depends on the number
of days or months, offices, localities and categories shown, not on the number of
contacts (decision 0015). ``office_key`` and ``locality_key`` are plain numbers (0: none)
rather than foreign keys, because unique constraints treat NULLs as distinct on both
databases. No roll-up holds a worker: the worker filter counts that worker's contacts.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from tukipiste.records.choices import Dimension

# ``ClientCount`` rows that hold every office or every channel together.
ALL_OFFICES = -1
ALL_CHANNELS = "*"


class DailyCount(models.Model):
    """Contacts (or, for supplies, items) of one day, office, locality and channel that
    have one value of one dimension."""

    day = models.PositiveIntegerField()  # YYYYMMDD, in Helsinki time
    office_key = models.PositiveIntegerField()
    locality_key = models.PositiveIntegerField()
    channel = models.CharField(max_length=20)
    dimension = models.CharField(max_length=20, choices=Dimension.choices)
    value = models.CharField(max_length=20, blank=True)
    amount = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("daily count")
        verbose_name_plural = _("daily counts")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "office_key", "locality_key", "channel", "dimension", "value"],
                name="daily_count_key",
            )
        ]

    def __str__(self) -> str:
        return f"{self.day} {self.dimension}={self.value}: {self.amount}"


class MonthlyCount(models.Model):
    """The same as ``DailyCount`` for a whole month: what a dashboard of whole months reads."""

    month = models.PositiveIntegerField()  # year * 100 + month, in Helsinki time
    office_key = models.PositiveIntegerField()
    locality_key = models.PositiveIntegerField()
    channel = models.CharField(max_length=20)
    dimension = models.CharField(max_length=20, choices=Dimension.choices)
    value = models.CharField(max_length=20, blank=True)
    amount = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("monthly count")
        verbose_name_plural = _("monthly counts")
        constraints = [
            models.UniqueConstraint(
                fields=["month", "office_key", "locality_key", "channel", "dimension", "value"],
                name="monthly_count_key",
            )
        ]
        # The dashboard's two reads answered from an index alone (amount included): the
        # contacts per month, and the values of the other lists over the months.
        indexes = [
            models.Index(
                fields=["dimension", "month", "office_key", "locality_key", "channel", "amount"],
                name="monthly_count_contacts",
            ),
            models.Index(
                fields=[
                    "month",
                    "dimension",
                    "value",
                    "office_key",
                    "locality_key",
                    "channel",
                    "amount",
                ],
                name="monthly_count_values",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.month} {self.dimension}={self.value}: {self.amount}"


class ClientCount(models.Model):
    """Exact number of distinct client codes seen in one calendar month (``grain`` "M",
    ``period`` YYYYMM), quarter ("Q", YYYYQ) or year ("Y", YYYY), in one office or all
    (``ALL_OFFICES``) and one channel or all (``ALL_CHANNELS``); with ``facet`` "gender",
    "age_band" or "language" (every office and channel only) the clients that had
    ``value`` ("" when not recorded)."""

    grain = models.CharField(max_length=1)
    period = models.PositiveIntegerField()
    office_key = models.IntegerField()
    channel = models.CharField(max_length=20)
    facet = models.CharField(max_length=20, blank=True)
    value = models.CharField(max_length=20, blank=True)
    amount = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("unique client count")
        verbose_name_plural = _("unique client counts")
        constraints = [
            models.UniqueConstraint(
                fields=["grain", "period", "office_key", "channel", "facet", "value"],
                name="client_count_key",
            )
        ]

    def __str__(self) -> str:
        return f"{self.grain}{self.period} {self.facet}={self.value}: {self.amount}"
