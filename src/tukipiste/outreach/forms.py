"""The form of an outreach session: the same fields with and without JavaScript; the
device's draft (outreach.js) holds exactly these fields, none of which names a client."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from typing import Any

from django import forms
from django.contrib.auth.models import User
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tukipiste.accounts.selectors import display_name
from tukipiste.outreach.models import Environment, Forum
from tukipiste.outreach.services import SessionInput

COUNT_ERRORS = {
    "min_value": _("A count cannot be negative."),
    "max_value": _("That is more than one session can have. Check the number."),
    "invalid": _("Give a whole number, for example 0 or 12."),
}
MAX_COUNT = 100000


def count_field(label: Any, **kwargs: Any) -> forms.IntegerField:
    return forms.IntegerField(
        label=label,
        required=False,
        min_value=0,
        max_value=MAX_COUNT,
        error_messages=COUNT_ERRORS,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "data-stepper": "1"}),
        **kwargs,
    )


class NamedChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return str(getattr(obj, "name", obj))


class StaffField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return display_name(obj)


class SessionForm(forms.Form):
    idempotency_key = forms.UUIDField(
        widget=forms.HiddenInput,
        required=False,
        error_messages={"invalid": _("This form is damaged. Reload the page.")},
    )
    date = forms.DateField(
        label=_("Date"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"required": _("Give the date."), "invalid": _("Give a valid date.")},
    )
    start_time = forms.TimeField(
        label=_("Started at"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"required": _("Give the time."), "invalid": _("Give a valid time.")},
    )
    end_date = forms.DateField(
        label=_("End date"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"required": _("Give the date."), "invalid": _("Give a valid date.")},
    )
    end_time = forms.TimeField(
        label=_("Ended at"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"required": _("Give the time."), "invalid": _("Give a valid time.")},
    )
    environment = forms.ChoiceField(
        label=_("Environment"),
        choices=Environment.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose outdoors, indoor venue or online."),
            "invalid_choice": _("Choose outdoors, indoor venue or online."),
        },
    )
    locality = NamedChoiceField(
        label=_("Locality"),
        queryset=None,
        empty_label=_("Choose a locality"),
        error_messages={
            "required": _("Choose the locality."),
            "invalid_choice": _("Choose a locality from the list."),
        },
    )
    office = NamedChoiceField(
        label=_("Office"),
        queryset=None,
        required=False,
        empty_label=_("No office"),
        error_messages={"invalid_choice": _("Choose an office from the list.")},
    )
    venue = forms.CharField(
        label=_("Place or venue"),
        required=False,
        max_length=120,
        help_text=_("A public place or a kind of venue; never anyone's home address."),
    )
    forum = NamedChoiceField(
        label=_("Online forum"),
        queryset=None,
        required=False,
        empty_label=_("Choose a forum"),
        error_messages={
            "invalid_choice": _(
                "This forum is not on the list. Choose one from the list; a coordinator "
                "adds new forums."
            )
        },
    )
    messaged = count_field(_("People messaged"))
    answered = count_field(_("People who answered"))
    people_reached = count_field(_("People reached"))
    contacts = count_field(
        _("Contacts to record"),
        help_text=_("People you talked with properly: each becomes one anonymous contact."),
    )
    partner_staff = count_field(_("Partner staff who took part"))
    partner_organisations = forms.CharField(
        label=_("Partner organisations"), required=False, max_length=200
    )
    workers = StaffField(
        label=_("Workers and peer workers who took part"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Choose the workers from the list.")},
    )

    def __init__(
        self,
        *args: Any,
        localities: Any,
        offices: Any,
        forums: list[Forum],
        staff: Any,
        supplies: Iterable[Any],
        genders: Iterable[Any],
        age_bands: Iterable[Any],
        keep_forum: Forum | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        fields: dict[str, Any] = self.fields
        fields["locality"].queryset = localities
        fields["office"].queryset = offices
        forum_ids = [f.pk for f in forums if f.active or f == keep_forum]
        fields["forum"].queryset = Forum.objects.filter(pk__in=forum_ids)
        fields["workers"].queryset = staff
        self.supplies = {f"supply_{c.pk}": c for c in supplies}
        self.genders = {f"gender_{c.pk}": c for c in genders}
        self.age_bands = {f"age_{c.pk}": c for c in age_bands}
        for group in (self.supplies, self.genders, self.age_bands):
            for name, category in group.items():
                fields[name] = count_field(category.label)

    def bound(self, names: Iterable[str]) -> list[forms.BoundField]:
        return [self[name] for name in names]

    def supply_fields(self) -> list[forms.BoundField]:
        return self.bound(self.supplies)

    def gender_fields(self) -> list[forms.BoundField]:
        return self.bound(self.genders)

    def age_fields(self) -> list[forms.BoundField]:
        return self.bound(self.age_bands)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        online = data.get("environment") == Environment.ONLINE
        if online and not data.get("forum") and "forum" not in self.errors:
            self.add_error("forum", _("Choose the forum where the online outreach was done."))
        day, start = data.get("date"), data.get("start_time")
        end_day, end = data.get("end_date"), data.get("end_time")
        if day and start and end_day and end and _aware(end_day, end) <= _aware(day, start):
            self.add_error(
                "end_time", _("The session ends before it starts. Check the end date and time.")
            )
        return data

    def _counts(self, group: dict[str, Any]) -> dict[Any, int]:
        return {c: self.cleaned_data.get(name) or 0 for name, c in group.items()}

    def session_input(self) -> SessionInput:
        data = self.cleaned_data
        return SessionInput(
            starts_at=_aware(data["date"], data["start_time"]),
            ends_at=_aware(data["end_date"], data["end_time"]),
            environment=data["environment"],
            locality=data["locality"],
            office=data.get("office"),
            venue=data.get("venue") or "",
            forum=data.get("forum"),
            workers=list(data.get("workers") or []),
            partner_staff=data.get("partner_staff") or 0,
            partner_organisations=data.get("partner_organisations") or "",
            people_reached=data.get("people_reached") or 0,
            messaged=data.get("messaged") or 0,
            answered=data.get("answered") or 0,
            supplies={c: n for c, n in self._counts(self.supplies).items() if n},
            contacts=data.get("contacts") or 0,
            genders={c: n for c, n in self._counts(self.genders).items() if n},
            age_bands={c: n for c, n in self._counts(self.age_bands).items() if n},
        )

    def add_service_errors(self, error_dict: dict[str, list[str]]) -> None:
        for name, messages in error_dict.items():
            target = name if name in self.fields else None
            for message in messages:
                self.add_error(target, message)


def _aware(day: dt.date, moment: dt.time) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, moment))


def initial_new(*, user: User, office_id: int | None, locality_id: int | None) -> dict[str, Any]:
    """A new session: today, from now to two hours on, my office and its town, me."""
    now = timezone.localtime().replace(second=0, microsecond=0)
    start = now - dt.timedelta(hours=2)
    return {
        "idempotency_key": uuid.uuid4(),
        "date": start.date(),
        "start_time": start.time(),
        "end_date": now.date(),
        "end_time": now.time(),
        "environment": Environment.OUTDOOR,
        "office": office_id,
        "locality": locality_id,
        "workers": [user.pk],
    }


def initial_of(session: Any) -> dict[str, Any]:
    """Initial values of a stored session (supplies and workers prefetched)."""
    start, end = timezone.localtime(session.starts_at), timezone.localtime(session.ends_at)
    initial: dict[str, Any] = {
        "date": start.date(),
        "start_time": start.time(),
        "end_date": end.date(),
        "end_time": end.time(),
        "environment": session.environment,
        "locality": session.locality_id,
        "office": session.office_id,
        "venue": session.venue,
        "forum": session.forum_id,
        "messaged": session.messaged,
        "answered": session.answered,
        "people_reached": session.people_reached,
        "partner_staff": session.partner_staff,
        "partner_organisations": session.partner_organisations,
        "workers": [u.pk for u in session.workers.all()],
    }
    for supply in session.supplies.all():
        initial[f"supply_{supply.category_id}"] = supply.quantity
    return initial


class PeriodForm(forms.Form):
    """The filters of the session list and the summary."""

    first = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    last = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
