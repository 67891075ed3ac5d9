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


class ChatFeedbackForm(forms.Form):
    """The one question after a chat. The token is the chat's own (from the page's tab)."""

    token = forms.CharField(widget=forms.HiddenInput, max_length=200)
    rating = forms.TypedChoiceField(
        label=_("Did this chat help you?"),
        choices=[(str(n), str(n)) for n in range(1, 6)],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a number from 1 to 5, or leave the question.")},
    )
    words = forms.CharField(
        label=_("Anything you want to tell us? (optional)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 500}),
    )
