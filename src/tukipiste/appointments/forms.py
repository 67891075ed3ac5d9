"""Forms of the client's booking pages. Nothing here asks for more than the issue allows:
a nickname, optionally one contact for a reminder, and a short message."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, cast

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from tukipiste.appointments.models import Mode
from tukipiste.appointments.selectors import CODE_LENGTH, WEEKS_AHEAD
from tukipiste.core import codes

PHONE = re.compile(r"^\+?[0-9][0-9 ]{5,18}$")
REMOTE_PLACES = {"phone": Mode.PHONE, "chat": Mode.CHAT}


def parse_slot(value: str) -> dt.datetime | None:
    """A slot's value (an ISO time with its offset) as an aware datetime, or None."""
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


class ChoiceForm(forms.Form):
    """Where, what and in which language: read from the query string (a GET form)."""

    place = forms.ChoiceField(label=_("Where"))
    kind = forms.ChoiceField(label=_("Kind of appointment"))
    language = forms.ChoiceField(label=_("Language of the appointment"))
    week = forms.IntegerField(min_value=0, max_value=WEEKS_AHEAD, required=False)

    def __init__(
        self, *args: Any, places: list[tuple[str, str]], kinds: list[tuple[str, str]], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        for name, choices in (
            ("place", places),
            ("kind", kinds),
            ("language", list(settings.LANGUAGES)),
        ):
            cast(forms.ChoiceField, self.fields[name]).choices = choices


class BookingForm(ChoiceForm):
    slot = forms.CharField(
        label=_("Time"),
        max_length=40,
        error_messages={"required": _("Choose a time.")},
    )
    nickname = forms.CharField(
        label=_("Nickname"),
        max_length=40,
        help_text=_("Any name you like; it need not be your real one."),
    )
    email = forms.EmailField(label=_("E-mail for a reminder (optional)"), required=False)
    phone = forms.CharField(
        label=_("Phone for a reminder (optional)"), max_length=20, required=False
    )
    message = forms.CharField(
        label=_("Message to the worker (optional)"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean_slot(self) -> dt.datetime:
        moment = parse_slot(self.cleaned_data["slot"])
        if moment is None:
            raise forms.ValidationError(_("Choose a time from the calendar."))
        return moment

    def clean_nickname(self) -> str:
        nickname = " ".join(self.cleaned_data["nickname"].split())
        if not nickname:
            raise forms.ValidationError(_("Give a nickname."))
        return nickname

    def clean_phone(self) -> str:
        phone = self.cleaned_data["phone"].strip()
        if phone and not PHONE.match(phone):
            raise forms.ValidationError(
                _("Give the phone number in digits, for example +358 40 123 4567.")
            )
        return phone.replace(" ", "")


class CodeForm(forms.Form):
    """A booking code and what to do with the appointment."""

    code = forms.CharField(label=_("Booking code"), max_length=40)
    action = forms.ChoiceField(
        choices=[("show", "show"), ("cancel", "cancel"), ("move", "move"), ("ics", "ics")],
        required=False,
    )
    slot = forms.CharField(max_length=40, required=False)

    def clean_code(self) -> str:
        code = self.cleaned_data["code"]
        if not codes.is_well_formed(code, length=CODE_LENGTH):
            raise forms.ValidationError(
                _("A booking code has 12 letters and digits, for example ACDE-FGHJ-KMNP.")
            )
        return code

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        data["action"] = data.get("action") or "show"
        if data["action"] == "move":
            moment = parse_slot(data.get("slot") or "")
            if moment is None:
                self.add_error("slot", _("Choose a new time."))
            else:
                data["slot"] = moment
        return data
