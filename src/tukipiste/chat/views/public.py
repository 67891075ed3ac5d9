"""Anonymous messages outside chat hours: leave one, read the reply with a code.
Both work without JavaScript and without a cookie."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from tukipiste.chat import services
from tukipiste.chat.forms import AnonymousMessageForm, ReadReplyForm
from tukipiste.core import publicforms, ratelimit

FORM_NAME = "anonymous-message"


# Cookieless public form: protected by tukipiste.core.publicforms instead of the CSRF cookie.
@csrf_exempt
@never_cache
def leave_message(request: HttpRequest) -> HttpResponse:
    if request.method not in ("GET", "POST"):
        return HttpResponse(status=405, headers={"Allow": "GET, POST"})
    if request.method == "GET":
        return _render_form(request, AnonymousMessageForm())
    form = AnonymousMessageForm(request.POST)
    if not publicforms.request_is_same_site(request=request, form_name=FORM_NAME):
        error = _("The form had expired. Your text is still here: please send it again.")
        return _render_form(request, form, error=error, status=400)
    if not form.is_valid():
        return _render_form(request, form, status=400)
    if not ratelimit.hit(
        request=request,
        scope="anonymous-message",
        limit=settings.FEEDBACK_RATE_PER_HOUR,
        period_seconds=3600,
    ):
        error = _("Many messages came from your connection just now. Please try again in an hour.")
        return _render_form(request, form, error=error, status=429)
    _message, code = services.leave_message(
        language=get_language() or settings.LANGUAGE_CODE,
        topic=form.cleaned_data["topic"],
        body=form.cleaned_data["body"],
    )
    return render(request, "chat/message_sent.html", {"code": code})


def _render_form(
    request: HttpRequest, form: AnonymousMessageForm, *, error: str = "", status: int = 200
) -> HttpResponse:
    context = {
        "form": form,
        "form_error": error,
        **publicforms.form_context(form_name=FORM_NAME),
    }
    return render(request, "chat/message_form.html", context, status=status)


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
