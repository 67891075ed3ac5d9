"""Forms of community activities: the anonymous sign-up and the head count of a meeting."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from tukipiste.community.services import MAX_SIGNUP


class SignupForm(forms.Form):
    count = forms.IntegerField(
        label=_("How many places?"),
        min_value=1,
        max_value=MAX_SIGNUP,
        initial=1,
        error_messages={
            "required": _("Give the number of places."),
            "invalid": _("Give the number of places as a number."),
            "min_value": _("Give at least one place."),
            "max_value": _("At most %(limit_value)s places at a time."),
        },
    )
    nickname = forms.CharField(
        label=_("Nickname (optional)"),
        help_text=_("Any name you like, so we know who is coming. You can leave it empty."),
        required=False,
        max_length=40,
        error_messages={"max_length": _("Keep this under %(limit_value)d characters.")},
    )
    # A field people never see; a bot that fills every field reveals itself.
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def is_bot(self) -> bool:
        return bool(self.data.get("website"))


class AttendanceForm(forms.Form):
    """The head count of one meeting, with optional counts per gender and age band."""

    head_count = forms.IntegerField(
        label=_("People present"),
        min_value=1,
        max_value=500,
        error_messages={
            "required": _("Give the number of people present."),
            "invalid": _("Give the number of people as a number."),
            "min_value": _("Give the number of people, from 1 to 500."),
            "max_value": _("Give the number of people, from 1 to 500."),
        },
    )

    def __init__(self, *args: Any, genders: list[Any], age_bands: list[Any], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.genders = genders
        self.age_bands = age_bands
        for prefix, categories in (("gender", genders), ("age", age_bands)):
            for category in categories:
                self.fields[f"{prefix}_{category.pk}"] = forms.IntegerField(
                    label=category.label,
                    min_value=0,
                    max_value=500,
                    required=False,
                    error_messages={"min_value": _("A count cannot be negative.")},
                )

    def counts(self, prefix: str, categories: list[Any]) -> dict[Any, int]:
        return {
            c: self.cleaned_data.get(f"{prefix}_{c.pk}") or 0
            for c in categories
            if self.cleaned_data.get(f"{prefix}_{c.pk}")
        }

    def fields_of(self, prefix: str) -> list[forms.BoundField]:
        return [self[name] for name in self.fields if name.startswith(f"{prefix}_")]
