"""Plain public views that are not Wagtail pages."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language

from tukipiste.core.publicforms import PublicForm, public_form_view
from tukipiste.website import services
from tukipiste.website.forms import FeedbackForm

FEEDBACK = PublicForm(
    name="feedback", template="website/feedback.html", hourly_limit_setting="FEEDBACK_RATE_PER_HOUR"
)


@public_form_view
def feedback(request: HttpRequest) -> HttpResponse:
    form = FeedbackForm(request.POST if request.method == "POST" else None)
    if request.method == "GET":
        return FEEDBACK.render(request, form)
    if (refused := FEEDBACK.refusal(request, form)) is not None:
        return refused
    if not form.is_bot():
        services.submit_feedback(
            category=form.cleaned_data["category"],
            message=form.cleaned_data["message"],
            reply_contact=form.cleaned_data["reply_contact"],
            language=get_language() or settings.LANGUAGE_CODE,
        )
    # A bot that filled the hidden field is thanked alike, so it learns nothing.
    return render(request, "website/feedback_thanks.html")


def healthz(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")


def privacy(request: HttpRequest) -> HttpResponse:
    """What is stored about a client, what never is, and for how long (``core.privacy``),
    with the retention periods in force."""
    from tukipiste.core import privacy as inventory
    from tukipiste.core.retention import retention_days

    stored = [
        {
            "item": item,
            "period": inventory.kept_for(retention_days(item.kind)) if item.kind else "",
        }
        for item in inventory.STORED
    ]
    return render(
        request,
        "website/privacy.html",
        {"never": inventory.NEVER_STORED, "stored": stored},
    )
