"""Forms of the public site."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from tukipiste.website.models.feedback import Feedback, FeedbackCategory


class FeedbackForm(forms.Form):
    category = forms.ChoiceField(
        label=_("What is your feedback about?"),
        choices=FeedbackCategory.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what your feedback is about.")},
    )
    message = forms.CharField(
        label=_("Your message"),
        max_length=Feedback.MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "required": _("Write your message before sending."),
            "max_length": _("The message is too long: at most %(limit_value)d characters."),
        },
    )
    reply_contact = forms.CharField(
        label=_("How can we answer you? (optional)"),
        help_text=_(
            "Only if you want an answer: a phone number or an e-mail address. "
            "Leave it empty to stay completely anonymous."
        ),
        required=False,
        max_length=200,
        error_messages={"max_length": _("Keep this under %(limit_value)d characters.")},
    )
    # A field people never see; a bot that fills every field reveals itself.
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def clean_message(self) -> str:
        message: str = self.cleaned_data["message"].strip()
        if not message:
            raise forms.ValidationError(_("Write your message before sending."))
        return message

    def is_bot(self) -> bool:
        return bool(self.data.get("website"))
