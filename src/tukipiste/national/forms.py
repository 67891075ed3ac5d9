"""Forms: the back-office partner form (it catches spelling variants of an existing
partner), the public town search and the workers' service path lookup."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from tukipiste.national import selectors
from tukipiste.national.choices import Need


class PartnerForm(WagtailAdminModelForm):
    """The partner form; a name that looks like another partner of the same town is
    stopped until the person confirms it is a different organisation."""

    not_a_duplicate = forms.BooleanField(
        label=_("This is a different organisation"),
        required=False,
        help_text=_("Tick only when a similar name above belongs to another organisation."),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        name, locality = data.get("name"), data.get("locality")
        if name and locality and not data.get("not_a_duplicate"):
            similar = selectors.partners_like(
                name=name, locality_id=locality.pk, exclude_pk=self.instance.pk
            )
            if similar:
                names = format_html_join(", ", "“{}”", ((p.name,) for p in similar))
                self.add_error(
                    "name",
                    forms.ValidationError(
                        _(
                            "%(locality)s already has a partner with a similar name: %(names)s."
                            " Use that partner (or merge the two under Possible duplicates), or"
                            " tick “This is a different organisation”."
                        ),
                        params={"locality": locality.name_fi, "names": names},
                    ),
                )
        return data


class TownSearchForm(forms.Form):
    """The client's search: a town as they spell it. Never stored, never logged."""

    q = forms.CharField(
        label=_("Your town"),
        max_length=80,
        required=False,
        strip=True,
        help_text=_("In Finnish or Swedish, for example Turku or Åbo."),
    )


class LookupForm(forms.Form):
    """A worker's lookup of a locality's service paths, optionally for one need."""

    q = forms.CharField(label=_("Locality"), max_length=80, required=False, strip=True)
    need = forms.ChoiceField(
        label=_("Need"), choices=[("", _("Every need")), *Need.choices], required=False
    )
