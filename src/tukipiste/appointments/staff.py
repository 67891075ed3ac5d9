"""Back-office views of appointments: the day and week per office and per worker, and
marking an appointment attended, not attended or cancelled."""

from __future__ import annotations

import datetime as dt
from typing import cast

from django.contrib import messages as flash
from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tukipiste.accounts.selectors import display_name, offices_visible_to
from tukipiste.appointments import selectors, services
from tukipiste.core.audit import log_action

VIEW = "appointments.view_appointment"
CHANGE = "appointments.change_appointment"


def _require(request: HttpRequest, permission: str) -> User:
    user = cast(User, request.user)
    if not user.has_perm(permission):
        raise PermissionDenied
    return user


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def agenda(request: HttpRequest) -> HttpResponse:
    """One day or one week of appointments at an office or of a worker; by default the
    viewer's own day."""
    user = _require(request, VIEW)
    offices = list(offices_visible_to(user))
    office_ids = {o.pk for o in offices}
    office_id = _int(request.GET.get("office"))
    if office_id is not None and office_id not in office_ids:
        raise PermissionDenied
    worker_id = _int(request.GET.get("worker"))
    if office_id is None and worker_id is None and "all" not in request.GET:
        worker_id = user.pk
    span = "week" if request.GET.get("span") == "week" else "day"
    try:
        day = dt.date.fromisoformat(request.GET.get("date", ""))
    except ValueError:
        day = selectors.helsinki_today()
    if span == "week":
        day -= dt.timedelta(days=day.weekday())
    days = 7 if span == "week" else 1
    rows = selectors.agenda_for(
        user=user, first_day=day, days=days, office_id=office_id, worker_id=worker_id
    )
    log_action(
        actor=user,
        action="appointments.appointment.listed",
        object_type="appointments.appointment",
        detail=f"{span} {day.isoformat()} office={office_id or '-'} worker={worker_id or '-'}",
    )
    workers = (
        get_user_model()
        .objects.filter(appointment_availability__office_id__in=office_ids, is_active=True)
        .select_related("staff_profile")
        .distinct()
        .order_by("first_name", "username")
    )
    step = dt.timedelta(days=days)
    return render(
        request,
        "appointments/agenda.html",
        {
            "rows": [{"appointment": a, "worker_name": display_name(a.worker)} for a in rows],
            "offices": offices,
            "workers": [{"id": w.pk, "name": display_name(w)} for w in workers],
            "office_id": office_id,
            "worker_id": worker_id,
            "span": span,
            "day": day,
            "last_day": day + step - dt.timedelta(days=1),
            "previous": (day - step).isoformat(),
            "next": (day + step).isoformat(),
            "now": timezone.now(),
            "can_change": user.has_perm(CHANGE),
        },
    )


@require_POST
def mark(request: HttpRequest, pk: int) -> HttpResponse:
    """Attended, not attended or cancelled by staff; back to the page the worker came from."""
    user = _require(request, CHANGE)
    appointment = selectors.appointments_visible_to(user).filter(pk=pk).first()
    if appointment is None:
        raise Http404
    action = request.POST.get("action")
    now = timezone.now()
    try:
        if action == "attended":
            services.mark_attended(appointment=appointment, by=user, now=now)
            flash.success(request, _("Marked attended; the contact is recorded."))
        elif action == "no_show":
            services.mark_no_show(appointment=appointment, by=user, now=now)
            flash.success(request, _("Marked as not attended."))
        elif action == "cancel":
            if services.cancel_by_staff(appointment=appointment, by=user):
                flash.success(request, _("Cancelled; the client was told."))
            else:
                flash.success(request, _("Cancelled. The client left no contact to tell."))
        else:
            return HttpResponse(status=400)
    except ValidationError as error:
        flash.error(request, " ".join(error.messages))
    back = request.POST.get("next", "")
    if not back.startswith(reverse("appointments_agenda")):
        back = reverse("appointments_agenda")
    return HttpResponseRedirect(back)
