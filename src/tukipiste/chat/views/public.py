"""Anonymous messages outside chat hours: leave one, read the reply with a code.
Both work without JavaScript and without a cookie."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache

from tukipiste.chat import services
from tukipiste.chat.forms import AnonymousMessageForm, ReadReplyForm
from tukipiste.core.publicforms import PublicForm, public_form_view

# The same hourly limit as feedback: both are free-text messages from anonymous clients.
ANONYMOUS_MESSAGE = PublicForm(
    name="anonymous-message",
    template="chat/message_form.html",
    hourly_limit_setting="FEEDBACK_RATE_PER_HOUR",
)


@public_form_view
def leave_message(request: HttpRequest) -> HttpResponse:
    form = AnonymousMessageForm(request.POST if request.method == "POST" else None)
    if request.method == "GET":
        return ANONYMOUS_MESSAGE.render(request, form)
    if (refused := ANONYMOUS_MESSAGE.refusal(request, form)) is not None:
        return refused
    _message, code = services.leave_message(
        language=get_language() or settings.LANGUAGE_CODE,
        topic=form.cleaned_data["topic"],
        body=form.cleaned_data["body"],
    )
    return render(request, "chat/message_sent.html", {"code": code})


@never_cache
def read_reply(request: HttpRequest) -> HttpResponse:
    """The code comes in the query string (a printable link); it is never logged."""
    form = ReadReplyForm(request.GET or None)
    message = None
    not_found = False
    if form.is_bound and form.is_valid():
        message = services.message_by_code(code=form.cleaned_data["code"])
        not_found = message is None
    status = 404 if not_found else (400 if form.is_bound and form.errors else 200)
    return render(
        request,
        "chat/read_reply.html",
        {"form": form, "message": message, "not_found": not_found},
        status=status,
    )
