"""Forms of the back-office: recording and editing a contact, the quick tally."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast
from zoneinfo import ZoneInfo

from django import forms
from django.conf import settings
from django.contrib.auth.models import User
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tukipiste.accounts.selectors import display_name
from tukipiste.offices import selectors as offices_selectors
from tukipiste.records import selectors
from tukipiste.records.models import Category, CategoryKind, Channel, ClientCode
from tukipiste.records.services import ContactInput

if TYPE_CHECKING:
    from tukipiste.offices.models import Locality, Office

MULTI_FIELDS = {
    "topics": CategoryKind.TOPIC,
    "services": CategoryKind.SERVICE,
    "referrals": CategoryKind.REFERRAL,
}
SINGLE_FIELDS = {
    "age_band": CategoryKind.AGE_BAND,
    "gender": CategoryKind.GENDER,
    "work_environment": CategoryKind.WORK_ENVIRONMENT,
}
# Where a service's error about a field lands in the form.
SERVICE_ERROR_FIELDS = {
    "started_at": "date",
    "channel": "channel",
    "age_band": "age_band",
    "gender": "gender",
    "work_environment": "work_environment",
    "topic": "topics",
    "service": "services",
    "referral": "referrals",
}


class LocalityChoiceField(forms.ModelChoiceField):
    """A locality, named in the language of the form's reader."""

    def label_from_instance(self, obj: Any) -> str:
        return str(obj.name)


def _offices_among(offices: Iterable[Office]) -> QuerySet[Office]:
    return offices_selectors.all_offices().filter(pk__in=[o.pk for o in offices])


class CategoryChoiceField(forms.ChoiceField):
    """One category of one list; anything else (another list's id) is an invalid choice."""

    def __init__(self, *, categories: Iterable[Category], empty: str, **kwargs: Any) -> None:
        self.by_key = {str(c.pk): c for c in categories}
        choices = [("", empty), *((key, c.label) for key, c in self.by_key.items())]
        super().__init__(choices=choices, required=False, **kwargs)

    def clean(self, value: Any) -> Category | None:
        return self.by_key.get(super().clean(value))


class CategoryMultipleField(forms.MultipleChoiceField):
    def __init__(self, *, categories: Iterable[Category], **kwargs: Any) -> None:
        self.by_key = {str(c.pk): c for c in categories}
        choices = [(key, c.label) for key, c in self.by_key.items()]
        super().__init__(
            choices=choices, required=False, widget=forms.CheckboxSelectMultiple, **kwargs
        )

    def clean(self, value: Any) -> list[Category]:
        return [self.by_key[key] for key in super().clean(value)]


def _usable(categories: list[Category], kind: str, keep: set[int]) -> list[Category]:
    # A deactivated entry stays selectable on the contacts that already use it.
    return [c for c in categories if c.kind == kind and (c.active or c.pk in keep)]


class ContactForm(forms.Form):
    """A contact as a worker records it: defaults first, categories after."""

    channel = forms.ChoiceField(label=_("Channel"), widget=forms.RadioSelect)
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    time = forms.TimeField(
        label=_("Time"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    office = forms.ModelChoiceField(
        label=_("Office"),
        queryset=offices_selectors.all_offices().none(),
        required=False,
        empty_label=_("None"),
    )
    locality = LocalityChoiceField(
        label=_("Locality"),
        queryset=offices_selectors.all_localities().none(),
        required=False,
        empty_label=_("None"),
        help_text=_("A town without an office, for mobile outreach."),
    )
    duration_minutes = forms.IntegerField(
        label=_("Duration (minutes)"), required=False, min_value=0, max_value=24 * 60
    )
    client_code = forms.CharField(
        label=_("Client code"),
        required=False,
        max_length=20,
        help_text=_("From the client's card, if they have one, e.g. K7MQ-4TXA."),
    )
    new_client_code = forms.BooleanField(
        label=_("Give the client a new code (the card is shown for printing after saving)"),
        required=False,
    )
    interpretation = forms.BooleanField(label=_("Interpretation used"), required=False)

    def __init__(
        self,
        *args: Any,
        categories: list[Category],
        offices: Iterable[Office],
        localities: QuerySet[Locality],
        staff: Iterable[User],
        channels: Iterable[str] = Channel.values,
        keep: Iterable[int] = (),
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        keep_ids = set(keep)
        cast(forms.ChoiceField, self.fields["channel"]).choices = [
            (c, Channel(c).label) for c in channels
        ]
        office_field = self.fields["office"]
        assert isinstance(office_field, forms.ModelChoiceField)
        office_field.queryset = _offices_among(offices)
        locality_field = self.fields["locality"]
        assert isinstance(locality_field, forms.ModelChoiceField)
        locality_field.queryset = localities
        labels = {
            "age_band": _("Age band"),
            "gender": _("Gender"),
            "work_environment": _("Work environment"),
        }
        for name, kind in SINGLE_FIELDS.items():
            self.fields[name] = CategoryChoiceField(
                label=labels[name],
                categories=_usable(categories, kind, keep_ids),
                empty=str(_("Not recorded")),
                widget=forms.RadioSelect,
            )
        languages = _usable(categories, CategoryKind.LANGUAGE, set())
        self.language_codes = {c.code for c in languages}
        language_choices = [("", _("Not recorded")), *((c.code, c.label) for c in languages)]
        if self.initial.get("language") and self.initial["language"] not in self.language_codes:
            language_choices.append((self.initial["language"], self.initial["language"]))
        self.fields["language"] = forms.ChoiceField(
            label=_("Language used"), choices=language_choices, required=False
        )
        self.fields["interpretation"] = self.fields.pop("interpretation")
        multi_labels = {
            "topics": _("Topics"),
            "services": _("Services given"),
            "referrals": _("Referrals to partners"),
        }
        for name, kind in MULTI_FIELDS.items():
            self.fields[name] = CategoryMultipleField(
                label=multi_labels[name], categories=_usable(categories, kind, keep_ids)
            )
        self.supply_fields: list[tuple[str, Category]] = []
        for category in _usable(categories, CategoryKind.SUPPLY, keep_ids):
            name = f"supply_{category.pk}"
            self.fields[name] = forms.IntegerField(
                label=category.label,
                required=False,
                min_value=0,
                max_value=10000,
                widget=forms.NumberInput(attrs={"min": 0, "inputmode": "numeric"}),
            )
            self.supply_fields.append((name, category))
        self.staff = {str(u.pk): u for u in staff}
        self.fields["workers"] = forms.MultipleChoiceField(
            label=_("Workers and peer workers present"),
            choices=[(key, display_name(u)) for key, u in self.staff.items()],
            required=False,
            widget=forms.CheckboxSelectMultiple,
        )
        self.client: ClientCode | None = None

    # Groups of fields for the template, in the order a worker fills them in.
    def single_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in SINGLE_FIELDS]

    def multi_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in MULTI_FIELDS]

    def supply_bound_fields(self) -> list[forms.BoundField]:
        return [self[name] for name, _category in self.supply_fields]

    def clean_client_code(self) -> str:
        typed: str = self.cleaned_data.get("client_code", "").strip()
        if typed:
            self.client = selectors.client_code_for(typed=typed)
            if self.client is None:
                raise forms.ValidationError(
                    _("No client code like this exists. Check the card, or give a new code.")
                )
        return typed

    def clean(self) -> dict[str, Any]:
        data = self.cleaned_data
        if data.get("client_code") and data.get("new_client_code"):
            self.add_error(
                "new_client_code", _("Either type the client's code or give a new one, not both.")
            )
        day, moment = data.get("date"), data.get("time")
        if day is not None and moment is not None:
            started = _aware(day, moment)
            if started.date() > timezone.localdate():
                self.add_error(
                    "date",
                    _("The date is in the future. Record a contact on the day it happened."),
                )
            data["started_at"] = started
        return data

    def contact_input(self) -> ContactInput:
        """The cleaned form as the record services' input."""
        data = self.cleaned_data
        return ContactInput(
            channel=data["channel"],
            started_at=data["started_at"],
            duration_seconds=(data.get("duration_minutes") or 0) * 60,
            office=data.get("office"),
            locality=data.get("locality"),
            language=data.get("language", ""),
            interpretation=bool(data.get("interpretation")),
            client=self.client,
            age_band=data.get("age_band"),
            gender=data.get("gender"),
            work_environment=data.get("work_environment"),
            categories=[c for name in MULTI_FIELDS for c in data.get(name, [])],
            supplies={
                category: data[name] for name, category in self.supply_fields if data.get(name)
            },
            workers=[self.staff[key] for key in data.get("workers", [])],
        )

    def add_service_errors(self, error_dict: dict[str, list[str]]) -> None:
        for key, messages in error_dict.items():
            field = SERVICE_ERROR_FIELDS.get(key)
            for message in messages:
                self.add_error(field if field in self.fields else None, message)


def _aware(day: dt.date, moment: dt.time) -> dt.datetime:
    zone = ZoneInfo(settings.TIME_ZONE)
    # fold=0 picks the first of the two hours repeated when the clocks go back.
    return dt.datetime.combine(day, moment).replace(tzinfo=zone)


def initial_for(contact: Any) -> dict[str, Any]:
    """Initial form values of a stored contact (its related rows prefetched)."""
    local = timezone.localtime(contact.started_at)
    links = list(contact.category_links.all())
    initial: dict[str, Any] = {
        "channel": contact.channel,
        "date": local.date(),
        "time": local.time().replace(second=0, microsecond=0),
        "office": contact.office_id,
        "locality": contact.locality_id,
        "duration_minutes": contact.duration_seconds // 60 or None,
        "language": contact.language,
        "interpretation": contact.interpretation,
        "age_band": str(contact.age_band_id or ""),
        "gender": str(contact.gender_id or ""),
        "work_environment": str(contact.work_environment_id or ""),
        "workers": [str(u.pk) for u in contact.workers.all()],
    }
    for name, kind in MULTI_FIELDS.items():
        initial[name] = [str(link.category_id) for link in links if link.category.kind == kind]
    for supply in contact.supplies.all():
        initial[f"supply_{supply.category_id}"] = supply.quantity
    return initial


def kept_categories(contact: Any) -> set[int]:
    ids = {contact.age_band_id, contact.gender_id, contact.work_environment_id}
    ids |= {link.category_id for link in contact.category_links.all()}
    ids |= {supply.category_id for supply in contact.supplies.all()}
    return {pk for pk in ids if pk}


class TallyForm(forms.Form):
    office = forms.ModelChoiceField(
        label=_("Office"),
        queryset=offices_selectors.all_offices().none(),
        required=False,
        empty_label=_("None"),
    )
    channel = forms.ChoiceField(label=_("Channel"))

    def __init__(
        self, *args: Any, offices: Iterable[Office], channels: Iterable[str], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        office_field = self.fields["office"]
        assert isinstance(office_field, forms.ModelChoiceField)
        office_field.queryset = _offices_among(offices)
        cast(forms.ChoiceField, self.fields["channel"]).choices = [
            (c, Channel(c).label) for c in channels
        ]
