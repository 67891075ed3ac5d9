"""Anonymous appointments: kinds editors keep, availability workers publish, and bookings.

A booking holds a nickname, an optional contact for one reminder and a short message; the
contact is erased once the appointment is over and the whole row when its retention ends
(``docs/privacy.md``). A slot is a worker's start time: the database refuses a second active
booking of it (``appointment_slot_given_once``), whatever races the Python checks lose.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from tukipiste.accounts.selectors import office_ids_visible_to, sees_all_offices
from tukipiste.core.translated import in_active_language
from tukipiste.offices.models import Office, Weekday


class Mode(models.TextChoices):
    """Where the appointment happens: at the office, or remotely by phone or by chat."""

    OFFICE = "office", _("At the office")
    PHONE = "phone", _("By phone")
    CHAT = "chat", _("By chat")


class Status(models.TextChoices):
    BOOKED = "booked", _("Booked")
    CANCELLED = "cancelled", _("Cancelled")
    ATTENDED = "attended", _("Attended")
    NO_SHOW = "no_show", _("Did not come")


# Statuses that hold the worker's slot: every one but a cancellation.
HOLDING = (Status.BOOKED, Status.ATTENDED, Status.NO_SHOW)


def _language_choices() -> list[tuple[str, str]]:
    return list(settings.LANGUAGES)


class KindForm(WagtailAdminModelForm):
    languages = forms.MultipleChoiceField(
        label=_("languages"),
        choices=_language_choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The languages in which this kind of appointment can be given."),
    )


class AvailabilityForm(WagtailAdminModelForm):
    """Offers only the offices (and their workers) the staff member may see."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is None or sees_all_offices(user):
            return
        offices = office_ids_visible_to(user)
        if "office" in self.fields:
            self.fields["office"].queryset = self.fields["office"].queryset.filter(pk__in=offices)
        if "worker" in self.fields:
            self.fields["worker"].queryset = (
                self.fields["worker"].queryset.filter(staff_profile__offices__in=offices).distinct()
            )


class AppointmentKind(models.Model):
    """A kind of appointment (social counselling, testing, legal advice), its length and
    the offices and languages that offer it."""

    name_fi = models.CharField(_("name in Finnish"), max_length=80)
    name_sv = models.CharField(_("name in Swedish"), max_length=80, blank=True)
    name_en = models.CharField(_("name in English"), max_length=80)
    name_ru = models.CharField(_("name in Russian"), max_length=80, blank=True)
    name_th = models.CharField(_("name in Thai"), max_length=80, blank=True)
    name_es = models.CharField(_("name in Spanish"), max_length=80, blank=True)
    name_ro = models.CharField(_("name in Romanian"), max_length=80, blank=True)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    length_minutes = models.PositiveSmallIntegerField(_("length (minutes)"), default=45)
    offices = models.ManyToManyField(
        Office, verbose_name=_("offices"), related_name="appointment_kinds", blank=True
    )
    languages = models.JSONField(_("languages"), default=list)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    base_form_class = KindForm
    panels = [
        FieldRowPanel([FieldPanel("name_fi"), FieldPanel("name_sv"), FieldPanel("name_en")]),
        FieldRowPanel([FieldPanel("name_ru"), FieldPanel("name_th")]),
        FieldRowPanel([FieldPanel("name_es"), FieldPanel("name_ro")]),
        FieldRowPanel([FieldPanel("slug"), FieldPanel("length_minutes"), FieldPanel("sort_order")]),
        FieldPanel("offices", widget=forms.CheckboxSelectMultiple),
        FieldPanel("languages"),
    ]

    class Meta:
        ordering = ["sort_order", "slug"]
        verbose_name = _("appointment kind")
        verbose_name_plural = _("appointment kinds")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(length_minutes__gte=10, length_minutes__lte=240),
                name="appointment_kind_length_in_range",
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        """The name in the active language, else in English, else in Finnish."""
        return in_active_language(self, "name")


class Availability(models.Model):
    """A worker's weekly hours for one kind of appointment at one office (or by phone or
    chat from it), in Helsinki wall-clock time, optionally only between two dates."""

    worker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("worker"),
        on_delete=models.CASCADE,
        related_name="appointment_availability",
    )
    office = models.ForeignKey(
        Office, verbose_name=_("office"), on_delete=models.CASCADE, related_name="availability"
    )
    kind = models.ForeignKey(
        AppointmentKind,
        verbose_name=_("appointment kind"),
        on_delete=models.CASCADE,
        related_name="availability",
    )
    mode = models.CharField(_("where"), max_length=10, choices=Mode.choices, default=Mode.OFFICE)
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    starts = models.TimeField(_("from"))
    ends = models.TimeField(_("until"))
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)

    base_form_class = AvailabilityForm
    panels = [
        FieldRowPanel([FieldPanel("worker"), FieldPanel("office")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("mode")]),
        FieldRowPanel([FieldPanel("weekday"), FieldPanel("starts"), FieldPanel("ends")]),
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
    ]

    class Meta:
        ordering = ["worker", "weekday", "starts"]
        verbose_name = _("weekly availability")
        verbose_name_plural = _("weekly availability")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends__gt=models.F("starts")),
                name="availability_ends_after_starts",
            )
        ]

    def __str__(self) -> str:
        return f"{self.worker} {self.get_weekday_display()} {self.starts:%H:%M}-{self.ends:%H:%M}"

    def clean(self) -> None:
        if self.starts and self.ends and self.ends <= self.starts:
            raise ValidationError({"ends": _("The end must be after the start.")})
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValidationError({"valid_until": _("The end date must not be before the start.")})
        if self.worker_id and self.starts and self.ends and self.overlapping().exists():
            # Slots of overlapping windows could be booked at once (the database guards
            # equal start times only), so one worker's windows never overlap.
            raise ValidationError(
                {"starts": _("This worker already has hours that overlap these on this day.")}
            )

    def overlapping(self) -> models.QuerySet[Availability]:
        """The worker's other windows on this weekday whose hours and dates overlap."""
        rows = Availability.objects.filter(
            worker_id=self.worker_id,
            weekday=self.weekday,
            starts__lt=self.ends,
            ends__gt=self.starts,
        ).exclude(pk=self.pk)
        if self.valid_until:
            rows = rows.exclude(valid_from__gt=self.valid_until)
        if self.valid_from:
            rows = rows.exclude(valid_until__lt=self.valid_from)
        return rows


class AvailabilityException(models.Model):
    """A dated absence of one worker: the whole day, or only between two times."""

    worker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("worker"),
        on_delete=models.CASCADE,
        related_name="appointment_absences",
    )
    date = models.DateField(_("date"))
    starts = models.TimeField(_("from"), null=True, blank=True, help_text=_("Empty: all day."))
    ends = models.TimeField(_("until"), null=True, blank=True)

    base_form_class = AvailabilityForm
    panels = [
        FieldRowPanel([FieldPanel("worker"), FieldPanel("date")]),
        FieldRowPanel([FieldPanel("starts"), FieldPanel("ends")]),
    ]

    class Meta:
        ordering = ["date", "starts"]
        verbose_name = _("absence")
        verbose_name_plural = _("absences")
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(starts__isnull=True, ends__isnull=True)
                    | models.Q(starts__isnull=False, ends__gt=models.F("starts"))
                ),
                name="absence_times_consistent",
            )
        ]

    def __str__(self) -> str:
        return f"{self.worker} {self.date:%Y-%m-%d}"

    def clean(self) -> None:
        if (self.starts is None) != (self.ends is None):
            raise ValidationError(_("Give both times, or neither for the whole day."))
        if self.starts and self.ends and self.ends <= self.starts:
            raise ValidationError({"ends": _("The end must be after the start.")})


class Appointment(models.Model):
    """One booking. ``code_hash`` is the keyed hash of the client's booking code."""

    code_hash = models.CharField(max_length=64, unique=True)
    kind = models.ForeignKey(AppointmentKind, on_delete=models.PROTECT, related_name="appointments")
    office = models.ForeignKey(Office, on_delete=models.PROTECT, related_name="appointments")
    mode = models.CharField(_("where"), max_length=10, choices=Mode.choices)
    worker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="appointments"
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    # The language of the conversation, and the one the client's pages and reminders use.
    language = models.CharField(_("language"), max_length=10)
    page_language = models.CharField(max_length=10)
    nickname = models.CharField(_("nickname"), max_length=40)
    message = models.CharField(_("message"), max_length=500, blank=True)
    reminder_email = models.EmailField(_("e-mail for a reminder"), blank=True)
    reminder_phone = models.CharField(_("phone for a reminder"), max_length=20, blank=True)
    remind_at = models.DateTimeField(null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.BOOKED
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("appointment")
        verbose_name_plural = _("appointments")
        constraints = [
            # The final guard of "a slot is never given twice": two concurrent bookings both
            # pass the Python check, only one insert survives this index.
            models.UniqueConstraint(
                fields=["worker", "starts_at"],
                condition=~models.Q(status="cancelled"),
                name="appointment_slot_given_once",
            ),
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="appointment_ends_after_starts",
            ),
        ]
        indexes = [
            models.Index(fields=["office", "starts_at"]),
            models.Index(fields=["remind_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.starts_at:%Y-%m-%d %H:%M} {self.kind_id} {self.get_status_display()}"

    @property
    def has_contact(self) -> bool:
        return bool(self.reminder_email or self.reminder_phone)
