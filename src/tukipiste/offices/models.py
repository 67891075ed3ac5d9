"""The organisation's units: offices with their weekly duty hours and dated exceptions,
and the localities (towns) that offices, contacts and outreach refer to.

Offices are language-independent structured content: one record per unit, shown on every
language's pages; what varies by language (duty kinds, reasons for closing) comes from the
translated interface strings. A locality carries its own Finnish and Swedish name, the two
official languages of Finnish place names.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel

from tukipiste.offices import hours


class DutyKind(models.TextChoices):
    """The kinds of duty an office keeps hours for."""

    DROP_IN = "drop_in", _("Drop-in")
    CHAT = "chat", _("Chat duty")
    PHONE = "phone", _("Phone duty")


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class Region(models.TextChoices):
    """The regions of Finland (maakunnat); values are the Finnish names, as slugs."""

    UUSIMAA = "uusimaa", _("Uusimaa")
    VARSINAIS_SUOMI = "varsinais-suomi", _("Southwest Finland")
    SATAKUNTA = "satakunta", _("Satakunta")
    KANTA_HAME = "kanta-hame", _("Kanta-Häme")
    PIRKANMAA = "pirkanmaa", _("Pirkanmaa")
    PAIJAT_HAME = "paijat-hame", _("Päijät-Häme")
    KYMENLAAKSO = "kymenlaakso", _("Kymenlaakso")
    ETELA_KARJALA = "etela-karjala", _("South Karelia")
    ETELA_SAVO = "etela-savo", _("South Savo")
    POHJOIS_SAVO = "pohjois-savo", _("North Savo")
    POHJOIS_KARJALA = "pohjois-karjala", _("North Karelia")
    KESKI_SUOMI = "keski-suomi", _("Central Finland")
    ETELA_POHJANMAA = "etela-pohjanmaa", _("South Ostrobothnia")
    POHJANMAA = "pohjanmaa", _("Ostrobothnia")
    KESKI_POHJANMAA = "keski-pohjanmaa", _("Central Ostrobothnia")
    POHJOIS_POHJANMAA = "pohjois-pohjanmaa", _("North Ostrobothnia")
    KAINUU = "kainuu", _("Kainuu")
    LAPPI = "lappi", _("Lapland")
    AHVENANMAA = "ahvenanmaa", _("Åland")


# Office's manager comes from modelcluster, which has no types for the plugin to read.
class Locality(models.Model):  # type: ignore[django-manager-missing]
    """A town or municipality (paikkakunta): where an office is, or where outreach goes."""

    name_fi = models.CharField(_("name in Finnish"), max_length=80)
    name_sv = models.CharField(
        _("name in Swedish"),
        max_length=80,
        help_text=_("The same as the Finnish name when the town has no Swedish name of its own."),
    )
    region = models.CharField(_("region"), max_length=30, choices=Region.choices)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)

    panels = [
        FieldRowPanel([FieldPanel("name_fi"), FieldPanel("name_sv")]),
        FieldRowPanel([FieldPanel("region"), FieldPanel("slug")]),
    ]

    class Meta:
        ordering = ["name_fi"]
        verbose_name = _("locality")
        verbose_name_plural = _("localities")
        constraints = [
            # Case-insensitive, so "Oulu" and "oulu" can never become two places.
            models.UniqueConstraint(Lower("name_fi"), name="locality_name_fi_unique"),
            models.UniqueConstraint(Lower("name_sv"), name="locality_name_sv_unique"),
        ]

    def __str__(self) -> str:
        return self.name_fi

    @property
    def name(self) -> str:
        """The name in the active language: Swedish in Swedish, Finnish in every other."""
        return self.name_in(get_language() or "")

    def name_in(self, language: str) -> str:
        return self.name_sv if language.startswith("sv") and self.name_sv else self.name_fi


class Office(ClusterableModel):
    """One unit of the organisation, with its address and its duty hours."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    street_address = models.CharField(_("street address"), max_length=200)
    postal_code = models.CharField(_("postal code"), max_length=10)
    city = models.CharField(_("city"), max_length=80)
    floor = models.PositiveSmallIntegerField(_("floor"), null=True, blank=True)
    phone = models.CharField(_("phone"), max_length=40)
    email = models.EmailField(_("e-mail"), blank=True)
    latitude = models.DecimalField(_("latitude"), max_digits=8, decimal_places=5)
    longitude = models.DecimalField(_("longitude"), max_digits=8, decimal_places=5)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    locality = models.ForeignKey(
        Locality,
        verbose_name=_("locality"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="offices",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("slug"),
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("city"), FieldPanel("floor")]),
                FieldPanel("locality"),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("sort_order"),
            ],
            heading=_("Office"),
        ),
        InlinePanel("hours", heading=_("Weekly duty hours"), label=_("opening")),
        InlinePanel("exceptions", heading=_("Exceptions (holidays, closures)"), label=_("date")),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("office")
        verbose_name_plural = _("offices")

    def __str__(self) -> str:
        return self.name

    @property
    def map_url(self) -> str:
        """A link to the office on OpenStreetMap: a navigation, never an embedded tile."""
        query = urlencode({"mlat": self.latitude, "mlon": self.longitude})
        return f"https://www.openstreetmap.org/?{query}#map=17/{self.latitude}/{self.longitude}"

    def weekly_windows(self, kind: str) -> list[hours.WeeklyWindow]:
        return [
            hours.WeeklyWindow(weekday=h.weekday, opens=h.opens, closes=h.closes)
            for h in self.hours.all()
            if h.service == kind
        ]

    def dated_exceptions(self, kind: str) -> list[hours.DatedException]:
        return [
            hours.DatedException(date=e.date, opens=e.opens, closes=e.closes)
            for e in self.exceptions.all()
            if e.service in ("", kind)
        ]

    def status(self, kind: str, moment: dt.datetime) -> hours.Status:
        """Open-now status of one duty kind of this office at ``moment``."""
        return hours.status_at(moment, self.weekly_windows(kind), self.dated_exceptions(kind))


class OfficeHours(models.Model):
    office = ParentalKey(Office, on_delete=models.CASCADE, related_name="hours")
    service = models.CharField(_("service"), max_length=20, choices=DutyKind.choices)
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    panels = [
        FieldRowPanel(
            [
                FieldPanel("service"),
                FieldPanel("weekday"),
                FieldPanel("opens"),
                FieldPanel("closes"),
            ]
        )
    ]

    class Meta:
        ordering = ["service", "weekday", "opens"]
        verbose_name = _("duty hours")
        verbose_name_plural = _("duty hours")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes__gt=models.F("opens")),
                name="office_hours_closes_after_opens",
            )
        ]

    def __str__(self) -> str:
        return f"{self.office} {self.get_service_display()} {self.get_weekday_display()}"

    def clean(self) -> None:
        if self.opens and self.closes and self.closes <= self.opens:
            raise ValidationError({"closes": _("The closing time must be after the opening time.")})


class ExceptionReason(models.TextChoices):
    PUBLIC_HOLIDAY = "holiday", _("Public holiday")
    CLOSURE = "closure", _("Closed")
    TRAINING = "training", _("Staff training day")
    SPECIAL_HOURS = "special", _("Special opening hours")


class OfficeException(models.Model):
    office = ParentalKey(Office, on_delete=models.CASCADE, related_name="exceptions")
    date = models.DateField(_("date"))
    service = models.CharField(
        _("service"),
        max_length=20,
        choices=DutyKind.choices,
        blank=True,
        help_text=_("Leave empty when the exception applies to every service."),
    )
    reason = models.CharField(_("reason"), max_length=20, choices=ExceptionReason.choices)
    opens = models.TimeField(_("opens"), null=True, blank=True, help_text=_("Empty: closed."))
    closes = models.TimeField(_("closes"), null=True, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("service"), FieldPanel("reason")]),
        FieldRowPanel([FieldPanel("opens"), FieldPanel("closes")]),
    ]

    class Meta:
        ordering = ["date"]
        verbose_name = _("exception")
        verbose_name_plural = _("exceptions")
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(opens__isnull=True, closes__isnull=True)
                    | models.Q(opens__isnull=False, closes__gt=models.F("opens"))
                ),
                name="office_exception_hours_consistent",
            )
        ]

    def __str__(self) -> str:
        return f"{self.office} {self.date:%Y-%m-%d} {self.get_reason_display()}"

    @property
    def is_closed(self) -> bool:
        return self.opens is None

    def clean(self) -> None:
        if (self.opens is None) != (self.closes is None):
            raise ValidationError(_("Give both an opening and a closing time, or neither."))
        if self.opens and self.closes and self.closes <= self.opens:
            raise ValidationError({"closes": _("The closing time must be after the opening time.")})
