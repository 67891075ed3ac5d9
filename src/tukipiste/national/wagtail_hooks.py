"""Back-office of the national project: partners (with contact persons and history),
service paths, trainings, goals and referral targets as snippets; the workers' service
path lookup, the localities overview, the indicators and the duplicates as pages; and the
check that stops a new locality that looks like an existing one."""

from __future__ import annotations

from typing import Any

from django.db.models import Model
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from tukipiste.accounts.wagtail_hooks import PermissionMenuItem
from tukipiste.national import selectors, services, staff_urls
from tukipiste.national.forms import PartnerForm
from tukipiste.national.models import Goal, Partner, ReferralTarget, ServicePath, Training

CONFIRMED = "not_a_duplicate"


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partners")
    list_display = ["name", "kind", "locality", "letter_of_intent", "letter_of_intent_on"]
    list_filter = ["kind", "locality", "letter_of_intent", "active"]
    search_fields = ["name", "notes"]
    edit_handler = ObjectList(Partner.panels, base_form_class=PartnerForm)


class ServicePathViewSet(SnippetViewSet):
    model = ServicePath
    icon = "site"
    menu_label = _("Service paths")
    list_display = ["locality", "need", "service_fi", "partner", "public"]
    list_filter = ["locality", "need", "public"]
    search_fields = ["service_fi", "service_en", "how_to_refer"]


class TrainingViewSet(SnippetViewSet):
    model = Training
    icon = "doc-full"
    menu_label = _("Consultations and trainings")
    list_display = ["date", "form", "topic", "partner", "participants", "feedback_score"]
    list_filter = ["form", "partner"]
    search_fields = ["topic"]


class GoalViewSet(SnippetViewSet):
    model = Goal
    icon = "success"
    menu_label = _("Project goals")
    list_display = ["indicator", "first_year", "last_year", "target"]


class ReferralTargetViewSet(SnippetViewSet):
    model = ReferralTarget
    icon = "link"
    menu_label = _("Referral targets")
    list_display = ["category", "partner_kind", "partner"]


class NationalGroup(SnippetViewSetGroup):
    items = (
        PartnerViewSet,
        ServicePathViewSet,
        TrainingViewSet,
        GoalViewSet,
        ReferralTargetViewSet,
    )
    menu_icon = "site"
    menu_label = _("National project")
    menu_name = "national"
    menu_order = 230


register_snippet(NationalGroup)


@hooks.register("register_admin_urls")
def register_national_urls() -> list[Any]:
    return [path("national/", include(staff_urls))]


@hooks.register("register_admin_menu_item")
def service_paths_item() -> MenuItem:
    return PermissionMenuItem(
        _("Service path lookup"),
        reverse("national_service_paths"),
        icon_name="site",
        order=114,
        permission="national.view_servicepath",
    )


@hooks.register("register_admin_menu_item")
def localities_item() -> MenuItem:
    return PermissionMenuItem(
        _("Localities and visits"),
        reverse("national_localities"),
        icon_name="site",
        order=231,
        permission="national.view_partner",
    )


@hooks.register("register_admin_menu_item")
def indicators_item() -> MenuItem:
    return PermissionMenuItem(
        _("Project indicators"),
        reverse("national_indicators"),
        icon_name="table",
        order=232,
        permission="national.view_indicators",
    )


@hooks.register("register_admin_menu_item")
def duplicates_item() -> MenuItem:
    return PermissionMenuItem(
        _("Possible duplicates"),
        reverse("national_duplicates"),
        icon_name="duplicate",
        order=233,
        permission=services.MERGE,
    )


def _locality_check(request: HttpRequest, exclude_pk: int | None) -> HttpResponse | None:
    """Stop a locality save whose names look like another locality's, until confirmed.

    The confirmation page carries every typed field back, so nothing is lost.
    """
    if request.method != "POST" or request.POST.get(CONFIRMED) == "1":
        return None
    names = [request.POST.get("name_fi", ""), request.POST.get("name_sv", "")]
    similar = selectors.localities_like(names=names, exclude_pk=exclude_pk)
    if not similar:
        return None
    typed = {name.strip().casefold() for name in names if name.strip()}
    if any(typed & {loc.name_fi.casefold(), loc.name_sv.casefold()} for loc in similar):
        # The same name in another case: no question to ask, the form says it is taken.
        return None
    fields = [
        (key, value)
        for key, values in request.POST.lists()
        if key != "csrfmiddlewaretoken"
        for value in values
    ]
    return render(
        request,
        "national/staff/locality_duplicate.html",
        {"similar": similar, "fields": fields, "names": [n for n in names if n]},
        status=409,
    )


@hooks.register("before_create_snippet")
def check_new_locality(request: HttpRequest, model: type[Model]) -> HttpResponse | None:
    if model._meta.label_lower != "offices.locality":
        return None
    return _locality_check(request, None)


@hooks.register("before_edit_snippet")
def check_changed_locality(request: HttpRequest, instance: Any) -> HttpResponse | None:
    if instance._meta.label_lower != "offices.locality":
        return None
    return _locality_check(request, instance.pk)
