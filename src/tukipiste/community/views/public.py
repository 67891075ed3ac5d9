"""The public calendar, group and event pages, the anonymous sign-up and the iCalendar
feeds. Plain server-rendered pages: no JavaScript, no cookie, cached like every public
page except the sign-up form (it carries a form token)."""

from __future__ import annotations

import datetime as dt
from functools import cached_property

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET

from tukipiste.community import caching, feeds, monthview, recurrence, selectors, services
from tukipiste.community.forms import SignupForm
from tukipiste.core.publicforms import PublicForm

UPCOMING_DAYS = 42
SIGNUP = PublicForm(
    name="event-signup",
    template="community/event.html",
    hourly_limit_setting="FEEDBACK_RATE_PER_HOUR",
)


def _office_name(office_slug: str | None) -> str:
    if office_slug is None:
        return ""
    for slug, name in selectors.calendar_offices():
        if slug == office_slug:
            return name
    raise Http404


def _calendar_context(office_slug: str | None) -> dict[str, object]:
    now = timezone.now().astimezone(recurrence.HELSINKI)
    return {
        "office_slug": office_slug,
        "office_name": _office_name(office_slug),
        "offices": selectors.calendar_offices(),
        "feed_url": reverse("community_feed"),
        # The calendar's part of the page is cached under these (see community.caching).
        "cache_version": caching.version(),
        "cache_hour": now.strftime("%Y%m%d%H"),
    }


class _Upcoming:
    """Read only when the template's cached fragment is missing."""

    def __init__(self, office_slug: str | None) -> None:
        self.office_slug = office_slug

    @cached_property
    def entries(self) -> list[selectors.Entry]:
        return selectors.upcoming_entries(
            now=timezone.now(), days=UPCOMING_DAYS, office_slug=self.office_slug
        )


class _Month:
    """One month's entries, read only when the template's cached fragment is missing."""

    def __init__(self, year: int, month: int, office_slug: str | None) -> None:
        self.year, self.month, self.office_slug = year, month, office_slug

    @cached_property
    def _entries(self) -> list[selectors.Entry]:
        first, last = monthview.grid_bounds(self.year, self.month)
        return selectors.calendar_entries(first=first, last=last, office_slug=self.office_slug)

    @cached_property
    def weeks(self) -> list[list[monthview.Day]]:
        return monthview.weeks(self.year, self.month, self._entries)

    @cached_property
    def entries(self) -> list[selectors.Entry]:
        return [e for e in self._entries if (e.date.year, e.date.month) == (self.year, self.month)]


@require_GET
def calendar_list(request: HttpRequest, office_slug: str | None = None) -> HttpResponse:
    """Upcoming meetings and events as a list, for every office or one."""
    context = _calendar_context(office_slug)
    today = timezone.now().astimezone(recurrence.HELSINKI).date()
    context["upcoming"] = _Upcoming(office_slug)
    context["month"] = (today.year, today.month)
    return render(request, "community/calendar_list.html", context)


@require_GET
def calendar_month(
    request: HttpRequest, year: int, month: int, office_slug: str | None = None
) -> HttpResponse:
    """One month as a grid of weeks, every meeting and event with its status."""
    if not (2000 <= year <= 2100 and 1 <= month <= 12):
        raise Http404
    context = _calendar_context(office_slug)
    before, after = monthview.neighbours(year, month)
    context.update(
        {
            "shown": _Month(year, month, office_slug),
            "month_start": dt.date(year, month, 1),
            "before": before,
            "after": after,
        }
    )
    return render(request, "community/calendar_month.html", context)


@require_GET
def group_detail(request: HttpRequest, slug: str) -> HttpResponse:
    group = selectors.group_by_slug(slug=slug)
    if group is None:
        raise Http404
    now = timezone.now()
    entries = [
        e
        for e in selectors.upcoming_entries(now=now, days=UPCOMING_DAYS)
        if e.group is not None and e.group.pk == group.pk
    ]
    return render(
        request,
        "community/group.html",
        {
            "group": group,
            "next": selectors.next_meeting(group=group, now=now),
            "entries": entries,
            "languages": selectors.language_names(group.language_codes),
        },
    )


def _event_or_404(pk: int) -> selectors.Event:
    event = selectors.event_by_id(pk=pk)
    if event is None:
        raise Http404
    return event


def _event_context(event: selectors.Event) -> dict[str, object]:
    return {
        "event": event,
        "languages": selectors.language_names(event.language_codes),
        "open_for_signup": event.signup
        and not event.cancelled
        and event.starts_at > timezone.now(),
    }


@csrf_exempt  # the public form's own checks replace the CSRF cookie (decision 0002)
def event_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """An event's page; with sign-up open, its form (never cached: it carries a token)."""
    if request.method not in ("GET", "POST"):
        return HttpResponse(status=405, headers={"Allow": "GET, POST"})
    event = _event_or_404(pk)
    context = _event_context(event)
    if not context["open_for_signup"]:
        if request.method == "POST":
            context["signup_error"] = _("Sign-up for this event is closed.")
            return render(request, "community/event.html", context, status=400)
        return render(request, "community/event.html", context)
    form = SignupForm(request.POST if request.method == "POST" else None)
    if request.method == "GET":
        return SIGNUP.render(request, form, context=context)
    if (refused := SIGNUP.refusal(request, form, context=context)) is not None:
        return refused
    if not form.is_bot():
        try:
            services.sign_up(
                event=event,
                count=form.cleaned_data["count"],
                nickname=form.cleaned_data["nickname"],
            )
        except services.SignupRefused as refusal:
            event.refresh_from_db()
            return SIGNUP.render(
                request, form, error=refusal.reason, status=409, context=_event_context(event)
            )
    response = render(
        request, "community/signed_up.html", {"event": event, "count": form.cleaned_data["count"]}
    )
    add_never_cache_headers(response)
    return response


def _ics(body: bytes, *, name: str) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{name}.ics"'
    return response


def _feed_key(slug: str) -> str:
    today = timezone.now().astimezone(recurrence.HELSINKI).date()
    return f"feed:{get_language()}:{slug}:{today.isoformat()}"


@require_GET
def feed_all(request: HttpRequest) -> HttpResponse:
    def build() -> bytes:
        now = timezone.now()
        data = selectors.feed_data(now=now)
        return feeds.calendar_bytes(data, now=now, name=_("Tukipiste: groups and events"))

    return _ics(caching.cached(_feed_key(""), build), name="tukipiste-community")


@require_GET
def feed_group(request: HttpRequest, slug: str) -> HttpResponse:
    group = selectors.group_by_slug(slug=slug)
    if group is None:
        raise Http404

    def build() -> bytes:
        now = timezone.now()
        data = selectors.feed_data(now=now, group_slug=slug)
        return feeds.calendar_bytes(data, now=now, name=f"Tukipiste: {group.name}")

    return _ics(caching.cached(_feed_key(slug), build), name=f"tukipiste-{slug}")
