"""Forms of chat duty."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from tukipiste.chat.models import MESSAGE_MAX_LENGTH, Topic


class AnonymousMessageForm(forms.Form):
    topic = forms.ChoiceField(
        label=_("What is it about? (optional)"),
        choices=[("", _("Choose if you like")), *Topic.choices],
        required=False,
    )
    body = forms.CharField(
        label=_("Your message"),
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 7}),
        error_messages={
            "required": _("Write your message before sending."),
            "max_length": _("The message is too long: at most %(limit_value)d characters."),
        },
    )

    def clean_body(self) -> str:
        body: str = self.cleaned_data["body"].strip()
        if not body:
            raise forms.ValidationError(_("Write your message before sending."))
        return body


class ReadReplyForm(forms.Form):
    code = forms.CharField(
        label=_("Your code"),
        max_length=40,
        error_messages={"required": _("Type the code you got when you sent your message.")},
    )


class ReplyForm(forms.Form):
    reply = forms.CharField(
        label=_("Reply"),
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": _("Write a reply before sending.")},
    )
