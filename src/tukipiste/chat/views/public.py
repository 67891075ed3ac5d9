"""Anonymous messages outside chat hours: leave one, read the reply with a code.
Both work without JavaScript and without a cookie."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache

from tukipiste.chat import feedback, services
from tukipiste.chat.forms import AnonymousMessageForm, ChatFeedbackForm, ReadReplyForm
from tukipiste.core import ratelimit
from tukipiste.core.publicforms import (
    LIMIT_PERIOD_SECONDS,
    PublicForm,
    public_form_view,
    request_headers_are_same_site,
)

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


@public_form_view
def chat_feedback(request: HttpRequest) -> HttpResponse:
    """The answer to "did this chat help?", posted by the chat page after the end.

    The chat's token stands in for a signed form token: only a real chat that has just ended
    can answer, and only once. Nothing here says which chat or client answered."""
    if request.method == "GET":
        return redirect("/" + (get_language() or settings.LANGUAGE_CODE) + "/")
    form = ChatFeedbackForm(request.POST)
    if not request_headers_are_same_site(request=request):
        return render(request, "chat/feedback.html", {"state": "refused"}, status=400)
    if not form.is_valid():
        if "token" in form.errors:
            return render(request, "chat/feedback.html", {"state": "refused"}, status=400)
        return render(request, "chat/feedback.html", {"state": "form", "form": form}, status=400)
    if not ratelimit.hit(
        request=request,
        scope="chat-feedback",
        limit=settings.FEEDBACK_RATE_PER_HOUR,
        period_seconds=LIMIT_PERIOD_SECONDS,
    ):
        return render(request, "chat/feedback.html", {"state": "limited"}, status=429)
    try:
        feedback.give_feedback(
            token=form.cleaned_data["token"],
            rating=form.cleaned_data["rating"],
            words=form.cleaned_data["words"],
            now=timezone.now(),
        )
    except feedback.FeedbackRefused:
        return render(request, "chat/feedback.html", {"state": "refused"}, status=400)
    return render(request, "chat/feedback.html", {"state": "thanks"})
