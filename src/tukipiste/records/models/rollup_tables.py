"""Monthly roll-ups of contacts, kept current in the same transaction as every write.

The dashboard reads these instead of counting contacts, so its cost depends on the number
of months, offices and categories shown, not on the number of contacts. ``office_key`` and
``worker_key`` are plain numbers (0: no office; 0: the all-workers total) rather than
foreign keys, because unique constraints treat NULLs as distinct on both databases.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from tukipiste.records.choices import Dimension


class MonthlyCount(models.Model):
    """Contacts (or, for supplies, items) of one month, office, channel and worker that have
    one value of one dimension."""

    worker_key = models.PositiveIntegerField()
    month = models.PositiveIntegerField()  # year * 100 + month, in Helsinki time
    office_key = models.PositiveIntegerField()
    channel = models.CharField(max_length=20)
    dimension = models.CharField(max_length=20, choices=Dimension.choices)
    value = models.CharField(max_length=20, blank=True)
    amount = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("monthly count")
        verbose_name_plural = _("monthly counts")
        constraints = [
            models.UniqueConstraint(
                fields=["worker_key", "month", "office_key", "channel", "dimension", "value"],
                name="monthly_count_key",
            )
        ]

    def __str__(self) -> str:
        return f"{self.month} {self.dimension}={self.value}: {self.amount}"


class MonthlyClient(models.Model):
    """One client code seen in one month, office, channel (and by one worker), with the
    categories that the unique-client tables break down by."""

    worker_key = models.PositiveIntegerField()
    month = models.PositiveIntegerField()
    office_key = models.PositiveIntegerField()
    channel = models.CharField(max_length=20)
    client_key = models.PositiveBigIntegerField()
    gender_key = models.PositiveBigIntegerField()
    age_band_key = models.PositiveBigIntegerField()
    language = models.CharField(max_length=10, blank=True)
    amount = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("monthly client")
        verbose_name_plural = _("monthly clients")
        constraints = [
            models.UniqueConstraint(
                fields=[
                    "worker_key",
                    "month",
                    "office_key",
                    "channel",
                    "client_key",
                    "gender_key",
                    "age_band_key",
                    "language",
                ],
                name="monthly_client_key",
            )
        ]

    def __str__(self) -> str:
        return f"{self.month} client {self.client_key}: {self.amount}"
