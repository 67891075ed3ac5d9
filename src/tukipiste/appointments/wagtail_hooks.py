"""Back-office entries of appointments: the day and week views, a staff home panel, the
kinds (editors) and availability with absences (workers, coordinators), office-scoped."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from tukipiste.accounts.selectors import office_ids_visible_to, sees_all_offices
from tukipiste.accounts.wagtail_hooks import PermissionMenuItem
from tukipiste.appointments import selectors, urls
from tukipiste.appointments.models import AppointmentKind, Availability, AvailabilityException


@hooks.register("register_admin_urls")
def register_appointment_urls() -> list[Any]:
    return [path("appointments/", include(urls))]


@hooks.register("register_admin_menu_item")
def appointments_item() -> PermissionMenuItem:
    return PermissionMenuItem(
        _("Appointments"),
        reverse("appointments_agenda"),
        icon_name="date",
        order=103,
        permission="appointments.view_appointment",
    )


class TodayPanel(Component):
    """The signed-in worker's appointments of today, on the staff home."""

    order = 60

    def __init__(self, request: HttpRequest) -> None:
        self.request = request

    def render_html(self, parent_context: Any = None) -> str:
        rows = selectors.agenda_for(
            user=self.request.user,
            first_day=selectors.helsinki_today(),
            days=1,
            worker_id=self.request.user.pk,
        )
        return render_to_string(
            "appointments/home_panel.html", {"rows": rows}, request=self.request
        )


@hooks.register("construct_homepage_panels")
def add_today_panel(request: HttpRequest, panels: list[Any]) -> None:
    if request.user.has_perm("appointments.view_appointment"):
        panels.append(TodayPanel(request))


class KindViewSet(SnippetViewSet):
    model = AppointmentKind
    icon = "list-ul"
    menu_label = _("Kinds of appointment")
    list_display = ["name", "length_minutes"]


class _ScopedViewSet(SnippetViewSet):
    """Workers see and change the availability of their own offices' workers only."""

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        rows = self.model._default_manager.all()
        if sees_all_offices(request.user):
            return rows
        return rows.filter(office_id__in=office_ids_visible_to(request.user))


class AvailabilityViewSet(_ScopedViewSet):
    model = Availability
    icon = "time"
    menu_label = _("Weekly availability")
    list_display = ["worker", "office", "kind", "mode", "weekday", "starts", "ends"]
    list_filter = ["office", "kind", "mode", "weekday"]


class AbsenceViewSet(SnippetViewSet):
    model = AvailabilityException
    icon = "warning"
    menu_label = _("Absences")
    list_display = ["worker", "date", "starts", "ends"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        rows = self.model._default_manager.all()
        if sees_all_offices(request.user):
            return rows
        offices = office_ids_visible_to(request.user)
        return rows.filter(worker__staff_profile__offices__in=offices).distinct()


def _out_of_scope(request: HttpRequest, instance: Any) -> bool:
    if sees_all_offices(request.user):
        return False
    offices = office_ids_visible_to(request.user)
    if isinstance(instance, Availability):
        return instance.office_id not in offices
    if isinstance(instance, AvailabilityException):
        return not instance.worker.staff_profile.offices.filter(pk__in=offices).exists()
    return False


@hooks.register("before_edit_snippet")
def refuse_edit_out_of_scope(request: HttpRequest, instance: Any) -> None:
    if _out_of_scope(request, instance):
        raise PermissionDenied


@hooks.register("before_delete_snippet")
def refuse_delete_out_of_scope(request: HttpRequest, instances: Any) -> None:
    if any(_out_of_scope(request, instance) for instance in instances):
        raise PermissionDenied


class AppointmentsGroup(SnippetViewSetGroup):
    items = (AvailabilityViewSet, AbsenceViewSet, KindViewSet)
    menu_icon = "date"
    menu_label = _("Appointment settings")
    menu_name = "appointment-settings"
    menu_order = 215


register_snippet(AppointmentsGroup)
