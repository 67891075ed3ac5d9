"""Back-office views of outreach: log a session (from a phone in the field), list,
detail, correct, and the per-forum summary of online outreach."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, cast

from django.contrib import messages as flash
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from tukipiste.accounts.selectors import offices_visible_to, primary_office
from tukipiste.core.audit import log_action
from tukipiste.offices.selectors import all_localities, all_offices
from tukipiste.outreach import selectors, services
from tukipiste.outreach.forms import PeriodForm, SessionForm, initial_new, initial_of
from tukipiste.outreach.models import Environment, OutreachSession
from tukipiste.records.choices import CategoryKind
from tukipiste.records.selectors import categories_for_forms, contacts_editable_by

PAGE_SIZE = 50
# Sent by outreach.js: the answer is JSON, so the page can keep its draft until it is sure.
ASYNC_HEADER = "X-Outreach-Draft"


def _require(request: HttpRequest, permission: str) -> User:
    user = cast(User, request.user)
    if not user.has_perm(permission):
        raise PermissionDenied
    return user


def _form(
    user: User, *, data: Any = None, session: OutreachSession | None = None, **kw: Any
) -> SessionForm:
    # A correction keeps the session's office even when it is not one of mine.
    offices = all_offices().filter(
        Q(pk__in=offices_visible_to(user).values("pk"))
        | Q(pk=session.office_id if session else None)
    )
    categories = [c for c in categories_for_forms() if c.active]
    return SessionForm(
        data,
        localities=all_localities(),
        offices=offices,
        forums=selectors.forums_for_forms(),
        staff=selectors.staff_who_do_outreach(),
        supplies=[c for c in categories if c.kind == CategoryKind.SUPPLY],
        genders=[c for c in categories if c.kind == CategoryKind.GENDER],
        age_bands=[c for c in categories if c.kind == CategoryKind.AGE_BAND],
        keep_forum=session.forum if session is not None else None,
        **kw,
    )


def _context(form: SessionForm, **extra: Any) -> dict[str, Any]:
    return {"form": form, "online": Environment.ONLINE, **extra}


def session_new(request: HttpRequest) -> HttpResponse:
    """Log a session. Works as a plain form post; outreach.js sends the same form from the
    device's draft and reads the JSON answer."""
    user = _require(request, selectors.LOG)
    is_async = request.headers.get(ASYNC_HEADER) == "1"
    if request.method != "POST":
        office = primary_office(user) or offices_visible_to(user).first()
        initial = initial_new(
            user=user,
            office_id=office.pk if office else None,
            locality_id=office.locality_id if office else None,
        )
        form = _form(user, initial=initial)
        return render(request, "outreach/session_form.html", _context(form, is_new=True))
    form = _form(user, data=request.POST)
    if form.is_valid():
        key = form.cleaned_data.get("idempotency_key") or uuid.uuid4()
        try:
            session, created = services.log_session(session=form.session_input(), key=key, by=user)
        except ValidationError as error:
            form.add_service_errors(error.message_dict)
        else:
            url = reverse("outreach_session", args=[session.pk])
            if created:
                flash.success(request, _("Outreach session saved."))
            else:
                flash.info(request, _("This session was already saved; here it is."))
            if is_async:
                return JsonResponse(
                    {"url": url, "created": created}, status=201 if created else 200
                )
            return HttpResponseRedirect(url)
    if is_async:
        return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
    return render(request, "outreach/session_form.html", _context(form, is_new=True), status=400)


def session_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = _require(request, selectors.LOG)
    session = selectors.session_detail(pk, user=user)
    if session is None:
        raise PermissionDenied  # also when it does not exist: ids tell nothing either way
    log_action(actor=user, action="outreach.session.viewed", obj=session)
    editable = selectors.sessions_editable_by(user).filter(pk=pk).exists()
    links = list(selectors.linked_contacts(session))
    correctable = set(
        contacts_editable_by(user)
        .filter(pk__in=[link.contact_id for link in links])
        .values_list("pk", flat=True)
    )
    return render(
        request,
        "outreach/session_detail.html",
        {
            "session": session,
            "editable": editable,
            "online": Environment.ONLINE,
            "links": links,
            "correctable": correctable,
        },
    )


def session_edit(request: HttpRequest, pk: int) -> HttpResponse:
    user = _require(request, selectors.CHANGE)
    session = (
        selectors.sessions_editable_by(user)
        .filter(pk=pk)
        .select_related("forum", "locality", "office")
        .prefetch_related("workers", "supplies")
        .first()
    )
    if session is None:
        raise PermissionDenied
    context = {"session": session, "is_new": False}
    if request.method != "POST":
        log_action(actor=user, action="outreach.session.viewed", obj=session)
        form = _form(user, session=session, initial=initial_of(session))
        return render(request, "outreach/session_form.html", _context(form, **context))
    form = _form(user, data=request.POST, session=session)
    if form.is_valid():
        try:
            services.change_session(session=session, changes=form.session_input(), by=user)
        except ValidationError as error:
            form.add_service_errors(error.message_dict)
        else:
            flash.success(request, _("Outreach session saved."))
            return HttpResponseRedirect(reverse("outreach_session", args=[session.pk]))
    return render(request, "outreach/session_form.html", _context(form, **context), status=400)


def _int(value: str | None) -> int | None:
    try:
        return int(value or "")
    except ValueError:
        return None


def session_list(request: HttpRequest) -> HttpResponse:
    user = _require(request, selectors.LOG)
    period = PeriodForm(request.GET or None)
    first = last = None
    if period.is_valid():
        first, last = period.cleaned_data["first"], period.cleaned_data["last"]
    environment = request.GET.get("environment", "")
    locality_id = _int(request.GET.get("locality"))
    sessions = selectors.session_list_for(
        user, first=first, last=last, locality_id=locality_id, environment=environment
    )
    page = Paginator(sessions, PAGE_SIZE).get_page(request.GET.get("page"))
    editable = set(
        selectors.sessions_editable_by(user)
        .filter(pk__in=[s.pk for s in page])
        .values_list("pk", flat=True)
    )
    log_action(actor=user, action="outreach.session.listed", object_type="outreach.outreachsession")
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "outreach/session_list.html",
        {
            "page": page,
            "editable": editable,
            "period": period,
            "environments": Environment.choices,
            "environment": environment,
            "localities": all_localities(),
            "locality_id": locality_id,
            "query": query.urlencode(),
            "can_log": user.has_perm(selectors.LOG),
        },
    )


def forum_summary(request: HttpRequest) -> HttpResponse:
    """Online outreach per forum over a period, for coordinators."""
    user = _require(request, selectors.SUMMARY)
    today = timezone.localdate()
    period = PeriodForm(request.GET or None)
    first, last = dt.date(today.year, 1, 1), today
    if period.is_valid():
        first = period.cleaned_data["first"] or first
        last = period.cleaned_data["last"] or last
    if last < first:
        period.add_error("last", _("The period ends before it starts. Check the dates."))
        rows = []
    else:
        rows = selectors.forum_summary(first=first, last=last)
    log_action(actor=user, action="outreach.summary.viewed", detail=f"{first}..{last}")
    totals = {
        "sessions": sum(r.sessions for r in rows),
        "messaged": sum(r.messaged for r in rows),
        "answered": sum(r.answered for r in rows),
        "contacts": sum(r.contacts for r in rows),
    }
    return render(
        request,
        "outreach/forum_summary.html",
        {"rows": rows, "period": period, "first": first, "last": last, "totals": totals},
        status=400 if period.errors else 200,
    )
