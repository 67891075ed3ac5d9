"""Plain public views that are not Wagtail pages."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from tukipiste.core import publicforms, ratelimit
from tukipiste.website import services
from tukipiste.website.forms import FeedbackForm

FEEDBACK_FORM = "feedback"


# Cookieless public form: protected by tukipiste.core.publicforms instead of the CSRF cookie.
@csrf_exempt
@never_cache
def feedback(request: HttpRequest) -> HttpResponse:
    if request.method not in ("GET", "POST"):
        return HttpResponse(status=405, headers={"Allow": "GET, POST"})
    if request.method == "GET":
        return _render_feedback(request, FeedbackForm())

    form = FeedbackForm(request.POST)
    if not publicforms.request_is_same_site(request=request, form_name=FEEDBACK_FORM):
        return _render_feedback(
            request,
            form,
            error=_("The form had expired. Your text is still here: please send it again."),
            status=400,
        )
    if not form.is_valid():
        return _render_feedback(request, form, status=400)
    if form.is_bot():
        return render(request, "website/feedback_thanks.html")
    if not ratelimit.hit(
        request=request,
        scope="feedback",
        limit=settings.FEEDBACK_RATE_PER_HOUR,
        period_seconds=3600,
    ):
        return _render_feedback(
            request,
            form,
            error=_(
                "Many messages came from your connection just now. Please try again in an hour."
            ),
            status=429,
        )
    services.submit_feedback(
        category=form.cleaned_data["category"],
        message=form.cleaned_data["message"],
        reply_contact=form.cleaned_data["reply_contact"],
        language=get_language() or settings.LANGUAGE_CODE,
    )
    return render(request, "website/feedback_thanks.html")


def _render_feedback(
    request: HttpRequest, form: FeedbackForm, *, error: str = "", status: int = 200
) -> HttpResponse:
    context = {
        "form": form,
        "form_error": error,
        **publicforms.form_context(form_name=FEEDBACK_FORM),
    }
    return render(request, "website/feedback.html", context, status=status)


def healthz(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")
