"""Back-office views: a facilitator's meetings and head counts, and an editor's list of a
group's coming meetings with a one-click cancel."""

from __future__ import annotations

import datetime as dt
from typing import cast

from django.contrib import messages as flash
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tukipiste.community import recurrence, selectors, services
from tukipiste.community.forms import AttendanceForm
from tukipiste.community.models import Group
from tukipiste.records.choices import CategoryKind
from tukipiste.records.selectors import categories_for_forms

CHANGE_GROUP = "community.change_group"
EDITOR_WEEKS = 12


def _require(request: HttpRequest, permission: str) -> User:
    user = cast(User, request.user)
    if not user.has_perm(permission):
        raise PermissionDenied
    return user


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise Http404 from None


def _form(data: object = None) -> AttendanceForm:
    categories = [c for c in categories_for_forms() if c.active]
    return AttendanceForm(
        data,
        genders=[c for c in categories if c.kind == CategoryKind.GENDER],
        age_bands=[c for c in categories if c.kind == CategoryKind.AGE_BAND],
    )


def my_meetings(request: HttpRequest) -> HttpResponse:
    """The facilitator's coming meetings and the recent ones to count."""
    user = _require(request, services.RECORD_ATTENDANCE)
    now = timezone.now()
    view = selectors.facilitator_view(user=user, now=now)
    events = selectors.events_with_signups_for(user=user, now=now)
    return render(request, "community/staff/meetings.html", {"view": view, "events": events})


def record_attendance(request: HttpRequest, group_pk: int, date: str) -> HttpResponse:
    """The head count of one meeting: a number and Save, the categories if there is time."""
    user = _require(request, services.RECORD_ATTENDANCE)
    group = get_object_or_404(Group, pk=group_pk)
    day = _date(date)
    if not services.may_record_attendance(user=user, group=group):
        raise PermissionDenied
    form = _form(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.record_attendance(
                    group=group,
                    date=day,
                    head_count=form.cleaned_data["head_count"],
                    genders=form.counts("gender", form.genders),
                    age_bands=form.counts("age", form.age_bands),
                    by=user,
                )
            except ValidationError as error:
                for message in error.messages:
                    form.add_error(None, message)
            else:
                flash.success(
                    request,
                    _("Recorded: %(count)s people at %(group)s.")
                    % {"count": form.cleaned_data["head_count"], "group": group.name},
                )
                return HttpResponseRedirect(reverse("community_meetings"))
        status = 400
    return render(
        request,
        "community/staff/attendance.html",
        {
            "group": group,
            "date": day,
            "form": form,
            "breakdowns": [
                (_("Of them, by gender (optional)"), form.fields_of("gender")),
                (_("Of them, by age band (optional)"), form.fields_of("age")),
            ],
        },
        status=status,
    )


def group_meetings(request: HttpRequest, group_pk: int) -> HttpResponse:
    """An editor's view of a group's coming meetings, each with Cancel or Restore."""
    _require(request, CHANGE_GROUP)
    group = get_object_or_404(Group.objects.select_related("office"), pk=group_pk)
    today = timezone.localdate()
    meetings = selectors.meetings_of_group(
        group=group, first=today, last=today + dt.timedelta(weeks=EDITOR_WEEKS)
    )
    return render(
        request,
        "community/staff/group_meetings.html",
        {
            "group": group,
            "meetings": meetings,
            "statuses": {s.name: s.value for s in recurrence.Status},
        },
    )


@require_POST
def cancel_meeting(request: HttpRequest, group_pk: int, date: str) -> HttpResponse:
    user = _require(request, CHANGE_GROUP)
    group = get_object_or_404(Group, pk=group_pk)
    day = _date(date)
    try:
        services.cancel_meeting(group=group, date=day, by=user)
    except ValidationError as error:
        flash.error(request, " ".join(error.messages))
    else:
        flash.success(
            request, _("The meeting of %(date)s is cancelled.") % {"date": f"{day:%d.%m.%Y}"}
        )
    return HttpResponseRedirect(reverse("community_group_meetings", args=[group.pk]))


@require_POST
def restore_meeting(request: HttpRequest, group_pk: int, date: str) -> HttpResponse:
    user = _require(request, CHANGE_GROUP)
    group = get_object_or_404(Group, pk=group_pk)
    day = _date(date)
    services.restore_meeting(group=group, date=day, by=user)
    flash.success(
        request, _("The meeting of %(date)s takes place again.") % {"date": f"{day:%d.%m.%Y}"}
    )
    return HttpResponseRedirect(reverse("community_group_meetings", args=[group.pk]))
