"""Community activities: peer groups that meet by a recurrence rule, their dated changes,
one-off events with an optional anonymous sign-up, and the head counts of meetings.

Names and descriptions are kept in each site language on the row itself (as offices keep
their structured content): a group is one thing shown in seven languages, not seven pages.
An empty translation falls back to English, then Finnish.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)

from tukipiste.community import recurrence
from tukipiste.core.translated import LANGUAGES, in_active_language
from tukipiste.offices.models import Office


class Audience(models.TextChoices):
    OPEN = "open", _("Open to everyone who sells or has sold sex or erotic services")
    PEERS = "peers", _("Peers only: people with their own experience of sex work")


class ChangeKind(models.TextChoices):
    CANCELLED = recurrence.ChangeKind.CANCELLED.value, _("Cancelled")
    MOVED = recurrence.ChangeKind.MOVED.value, _("Moved")
    EXTRA = recurrence.ChangeKind.EXTRA.value, _("Extra meeting")


def _translation_tabs(long_field: str) -> list[ObjectList]:
    return [
        ObjectList(
            [FieldPanel(f"name_{code}"), FieldPanel(f"{long_field}_{code}")],
            heading=code.upper(),
        )
        for code in LANGUAGES
    ]


def validate_languages(value: str) -> None:
    codes = [c for c in value.replace(" ", "").split(",") if c]
    if not codes or any(len(c) not in (2, 3) or not c.isalpha() for c in codes):
        raise ValidationError(
            _("Give language codes separated by commas, for example: fi, en, ru.")
        )


class Group(ClusterableModel):
    """A peer group that meets by a recurrence rule at one office."""

    office = models.ForeignKey(
        Office, verbose_name=_("office"), on_delete=models.PROTECT, related_name="groups"
    )
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    audience = models.CharField(_("audience"), max_length=10, choices=Audience.choices)
    languages = models.CharField(
        _("languages spoken"),
        max_length=60,
        validators=[validate_languages],
        help_text=_("Language codes separated by commas, for example: fi, en, ru."),
    )
    shared_meal = models.BooleanField(_("starts with a shared meal"), default=False)
    interpreting = models.BooleanField(_("workers help with interpreting"), default=False)
    place = models.CharField(
        _("place"), max_length=200, blank=True, help_text=_("Empty: the office's address.")
    )
    facilitators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("facilitators"),
        blank=True,
        related_name="facilitated_groups",
        help_text=_("Workers and peer workers who run the group; they see its meetings."),
    )
    starts_on = models.DateField(_("first meeting"))
    start_time = models.TimeField(_("starts at"))
    end_time = models.TimeField(_("ends at"))
    interval_weeks = models.PositiveSmallIntegerField(
        _("every how many weeks"), default=1, help_text=_("1: every week, 2: every second week.")
    )
    until = models.DateField(
        _("last day"), null=True, blank=True, help_text=_("Empty: until further notice.")
    )
    rule = models.CharField(
        _("recurrence rule (advanced)"),
        max_length=200,
        blank=True,
        help_text=_(
            "An RFC 5545 RRULE such as FREQ=MONTHLY;BYDAY=1TU. Empty: weekly on the weekday "
            "of the first meeting, every so many weeks as above."
        ),
    )
    active = models.BooleanField(_("shown on the site"), default=True)
    name_fi = models.CharField(format_lazy("{} ({})", _("name"), "fi"), max_length=120)
    name_sv = models.CharField(format_lazy("{} ({})", _("name"), "sv"), max_length=120, blank=True)
    name_en = models.CharField(format_lazy("{} ({})", _("name"), "en"), max_length=120, blank=True)
    name_ru = models.CharField(format_lazy("{} ({})", _("name"), "ru"), max_length=120, blank=True)
    name_th = models.CharField(format_lazy("{} ({})", _("name"), "th"), max_length=120, blank=True)
    name_es = models.CharField(format_lazy("{} ({})", _("name"), "es"), max_length=120, blank=True)
    name_ro = models.CharField(format_lazy("{} ({})", _("name"), "ro"), max_length=120, blank=True)
    description_fi = models.TextField(format_lazy("{} ({})", _("what happens"), "fi"), blank=True)
    description_sv = models.TextField(format_lazy("{} ({})", _("what happens"), "sv"), blank=True)
    description_en = models.TextField(format_lazy("{} ({})", _("what happens"), "en"), blank=True)
    description_ru = models.TextField(format_lazy("{} ({})", _("what happens"), "ru"), blank=True)
    description_th = models.TextField(format_lazy("{} ({})", _("what happens"), "th"), blank=True)
    description_es = models.TextField(format_lazy("{} ({})", _("what happens"), "es"), blank=True)
    description_ro = models.TextField(format_lazy("{} ({})", _("what happens"), "ro"), blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("office"),
                FieldPanel("slug"),
                FieldRowPanel([FieldPanel("audience"), FieldPanel("languages")]),
                FieldRowPanel([FieldPanel("shared_meal"), FieldPanel("interpreting")]),
                FieldPanel("place"),
                FieldPanel("facilitators"),
                FieldPanel("active"),
            ],
            heading=_("Group"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("starts_on"), FieldPanel("start_time"), FieldPanel("end_time")]
                ),
                FieldRowPanel([FieldPanel("interval_weeks"), FieldPanel("until")]),
                FieldPanel("rule"),
            ],
            heading=_("Schedule"),
        ),
        InlinePanel("changes", heading=_("Changes to single meetings"), label=_("change")),
    ]
    edit_handler = TabbedInterface(
        [ObjectList(panels, heading=_("Group")), *_translation_tabs("description")]
    )

    class Meta:
        ordering = ["office__sort_order", "starts_on", "slug"]
        verbose_name = _("group")
        verbose_name_plural = _("groups")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(interval_weeks__gte=1), name="group_interval_positive"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return in_active_language(self, "name")

    @property
    def description(self) -> str:
        return in_active_language(self, "description")

    @property
    def language_codes(self) -> list[str]:
        return [c for c in self.languages.replace(" ", "").lower().split(",") if c]

    @property
    def recurrence_rule(self) -> str:
        """The RRULE in force: the advanced one, or the weekly one the simple fields give."""
        if self.rule:
            return recurrence.normalise_rule(self.rule)
        return recurrence.weekly_rule(
            interval_weeks=self.interval_weeks or 1, weekday=self.starts_on.weekday()
        )

    def schedule(self) -> recurrence.Schedule:
        return recurrence.Schedule(
            starts_on=self.starts_on,
            start=self.start_time,
            end=self.end_time,
            rule=self.recurrence_rule,
            until=self.until,
        )

    def clean(self) -> None:
        if self.until and self.starts_on and self.until < self.starts_on:
            raise ValidationError({"until": _("The last day cannot be before the first meeting.")})
        if self.starts_on and self.start_time and self.end_time:
            try:
                recurrence.parse_rule(self.schedule())
            except recurrence.RuleError:
                raise ValidationError(
                    {
                        "rule": _(
                            "This recurrence rule cannot be read. Example: FREQ=WEEKLY;BYDAY=TU"
                        )
                    }
                ) from None


class MeetingChange(models.Model):
    """One meeting of a group cancelled or moved, or an extra meeting."""

    group = ParentalKey(Group, on_delete=models.CASCADE, related_name="changes")
    date = models.DateField(
        _("date"), help_text=_("The date of the meeting it changes, or of the extra meeting.")
    )
    kind = models.CharField(_("change"), max_length=10, choices=ChangeKind.choices)
    new_date = models.DateField(_("new date"), null=True, blank=True)
    new_start = models.TimeField(_("new start"), null=True, blank=True)
    new_end = models.TimeField(_("new end"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=200, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("kind")]),
        FieldRowPanel([FieldPanel("new_date"), FieldPanel("new_start"), FieldPanel("new_end")]),
        FieldPanel("place"),
    ]

    class Meta:
        ordering = ["date"]
        verbose_name = _("change to a meeting")
        verbose_name_plural = _("changes to meetings")
        constraints = [
            # One meeting cannot be both cancelled and moved, nor moved twice.
            models.UniqueConstraint(
                fields=["group", "date"],
                condition=~models.Q(kind="extra"),
                name="meeting_change_one_per_meeting",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.group} {self.date:%Y-%m-%d} {self.get_kind_display()}"

    def clean(self) -> None:
        if self.kind == ChangeKind.MOVED and not (self.new_date or self.new_start):
            raise ValidationError(_("Give the new date or the new time of the moved meeting."))
        if (
            self.new_date
            and self.date
            and abs((self.new_date - self.date).days) > recurrence.MAX_MOVE_DAYS
        ):
            raise ValidationError(
                {"new_date": _("A meeting can be moved by a month at most. Cancel it instead.")}
            )
        if self.kind == ChangeKind.EXTRA and self.new_date and self.new_date != self.date:
            raise ValidationError({"new_date": _("An extra meeting has only its own date.")})
        if self.new_start and self.new_end and self.new_end <= self.new_start:
            raise ValidationError({"new_end": _("The end must be after the start.")})

    def as_change(self) -> recurrence.Change:
        return recurrence.Change(
            date=self.date,
            kind=recurrence.ChangeKind(self.kind),
            new_date=self.new_date,
            new_start=self.new_start,
            new_end=self.new_end,
            place=self.place,
        )


class Event(models.Model):
    """A one-off activity: a trip, a cultural visit, a guest speaker."""

    office = models.ForeignKey(
        Office, verbose_name=_("office"), on_delete=models.PROTECT, related_name="events"
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    place = models.CharField(_("place"), max_length=200)
    audience = models.CharField(_("audience"), max_length=10, choices=Audience.choices)
    languages = models.CharField(
        _("languages spoken"), max_length=60, validators=[validate_languages]
    )
    signup = models.BooleanField(
        _("sign-up"), default=False, help_text=_("Clients may sign up without a name.")
    )
    places = models.PositiveSmallIntegerField(
        _("places"), null=True, blank=True, help_text=_("Empty: no limit.")
    )
    places_taken = models.PositiveSmallIntegerField(_("places taken"), default=0, editable=False)
    cancelled = models.BooleanField(_("cancelled"), default=False)
    name_fi = models.CharField(format_lazy("{} ({})", _("name"), "fi"), max_length=120)
    name_sv = models.CharField(format_lazy("{} ({})", _("name"), "sv"), max_length=120, blank=True)
    name_en = models.CharField(format_lazy("{} ({})", _("name"), "en"), max_length=120, blank=True)
    name_ru = models.CharField(format_lazy("{} ({})", _("name"), "ru"), max_length=120, blank=True)
    name_th = models.CharField(format_lazy("{} ({})", _("name"), "th"), max_length=120, blank=True)
    name_es = models.CharField(format_lazy("{} ({})", _("name"), "es"), max_length=120, blank=True)
    name_ro = models.CharField(format_lazy("{} ({})", _("name"), "ro"), max_length=120, blank=True)
    description_fi = models.TextField(format_lazy("{} ({})", _("description"), "fi"), blank=True)
    description_sv = models.TextField(format_lazy("{} ({})", _("description"), "sv"), blank=True)
    description_en = models.TextField(format_lazy("{} ({})", _("description"), "en"), blank=True)
    description_ru = models.TextField(format_lazy("{} ({})", _("description"), "ru"), blank=True)
    description_th = models.TextField(format_lazy("{} ({})", _("description"), "th"), blank=True)
    description_es = models.TextField(format_lazy("{} ({})", _("description"), "es"), blank=True)
    description_ro = models.TextField(format_lazy("{} ({})", _("description"), "ro"), blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("office"),
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("place"),
                FieldRowPanel([FieldPanel("audience"), FieldPanel("languages")]),
                FieldRowPanel([FieldPanel("signup"), FieldPanel("places")]),
                FieldPanel("cancelled"),
            ],
            heading=_("Event"),
        ),
    ]
    edit_handler = TabbedInterface(
        [ObjectList(panels, heading=_("Event")), *_translation_tabs("description")]
    )

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            # The last guard of "never more sign-ups than places".
            models.CheckConstraint(
                condition=models.Q(places__isnull=True)
                | models.Q(places_taken__lte=models.F("places")),
                name="event_places_never_exceeded",
            ),
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")), name="event_ends_after_start"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return in_active_language(self, "name")

    @property
    def description(self) -> str:
        return in_active_language(self, "description")

    @property
    def language_codes(self) -> list[str]:
        return [c for c in self.languages.replace(" ", "").lower().split(",") if c]

    @property
    def places_left(self) -> int | None:
        return None if self.places is None else max(0, self.places - self.places_taken)

    def clean(self) -> None:
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must be after the start.")})


class EventSignup(models.Model):
    """An anonymous sign-up: how many places, and a nickname if the client gave one."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="signups")
    count = models.PositiveSmallIntegerField(_("places"))
    nickname = models.CharField(_("nickname"), max_length=40, blank=True)
    created_at = models.DateTimeField(_("signed up"), auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("sign-up")
        verbose_name_plural = _("sign-ups")
        constraints = [
            models.CheckConstraint(condition=models.Q(count__gte=1), name="signup_count_positive")
        ]

    def __str__(self) -> str:
        return f"{self.event} +{self.count}"


class Attendance(models.Model):
    """The anonymous head count of one group meeting, recorded once (its contacts were
    written to the contact records with it)."""

    group = models.ForeignKey(Group, on_delete=models.PROTECT, related_name="attendances")
    date = models.DateField(_("date of the meeting"))
    starts_at = models.DateTimeField(_("meeting started"))
    head_count = models.PositiveSmallIntegerField(_("people present"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="recorded_attendances",
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = _("attendance")
        verbose_name_plural = _("attendances")
        permissions = [("record_attendance", "Can record the attendance of group meetings")]
        constraints = [
            # A double-clicked Save must not count a meeting's people twice.
            models.UniqueConstraint(fields=["group", "date"], name="attendance_once_per_meeting")
        ]

    def __str__(self) -> str:
        return f"{self.group} {self.date:%Y-%m-%d}: {self.head_count}"


def meeting_length(starts: dt.datetime, ends: dt.datetime) -> int:
    return max(0, int((ends - starts).total_seconds()))
