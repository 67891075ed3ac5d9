"""Back-office views of the national project: the workers' service path lookup (from the
chat console and in the field, on a phone), the localities overview, the coordinator's
indicators against the goals, and the merge of duplicates."""

from __future__ import annotations

from typing import cast

from django.contrib import messages as flash
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tukipiste.national import selectors, services
from tukipiste.national.forms import LookupForm
from tukipiste.national.models import Partner

VIEW_PATHS = "national.view_servicepath"
VIEW_PARTNERS = "national.view_partner"
VIEW_INDICATORS = "national.view_indicators"
OVERVIEW_YEARS = 4


def _require(request: HttpRequest, permission: str) -> User:
    user = cast(User, request.user)
    if not user.has_perm(permission):
        raise PermissionDenied
    return user


def service_paths(request: HttpRequest) -> HttpResponse:
    """A worker's lookup: a locality (typed, typos allowed) and a need → who takes it,
    how to refer, languages and hours, staff-only paths and contact persons included.

    With ``panel=1`` only the results are rendered: the chat console shows them in its own
    panel, so a worker looks a town up without leaving the chats."""
    _require(request, VIEW_PATHS)
    form = LookupForm(request.GET or None)
    context: dict[str, object] = {"form": form, "towns": selectors.localities_with_public_paths()}
    if form.is_bound and form.is_valid() and form.cleaned_data["q"]:
        found = selectors.find_localities(typed=form.cleaned_data["q"])
        context["searched"] = True
        if len(found) == 1:
            context["locality"] = found[0]
            context["paths"] = selectors.paths_for_workers(
                locality=found[0], need=form.cleaned_data["need"]
            )
        else:
            context["candidates"] = found
    if request.GET.get("panel") == "1":
        return render(request, "national/staff/_path_results.html", context)
    return render(request, "national/staff/service_paths.html", context)


def localities(request: HttpRequest) -> HttpResponse:
    """Every locality: office or not, partners, letters of intent, visits by year."""
    _require(request, VIEW_PARTNERS)
    this_year = timezone.localdate().year
    years = list(range(this_year - OVERVIEW_YEARS + 1, this_year + 1))
    rows = selectors.locality_overview(years=years)
    return render(
        request,
        "national/staff/localities.html",
        {
            "rows": [
                {"row": r, "visits": [r.visits_by_year.get(y, 0) for y in years]} for r in rows
            ],
            "years": years,
        },
    )


def _year(request: HttpRequest, default: int) -> int:
    try:
        year = int(request.GET.get("year", default))
    except ValueError:
        return default
    return min(max(year, 2000), default + 5)


def indicator_page(request: HttpRequest) -> HttpResponse:
    """The project's indicators for a year, against the goals of the periods covering it."""
    _require(request, VIEW_INDICATORS)
    this_year = timezone.localdate().year
    year = _year(request, this_year)
    tables = selectors.indicator_tables(year=year)
    goal_years = sorted({y for g in selectors.goals() for y in (g.first_year, g.last_year)})
    choices = list(range(min([*goal_years, year]), max([*goal_years, this_year, year]) + 1))
    return render(
        request,
        "national/staff/indicators.html",
        {"year": year, "tables": tables, "year_choices": choices},
    )


def duplicates(request: HttpRequest) -> HttpResponse:
    """Localities and partners that look like spelling variants, each pair with a merge."""
    _require(request, services.MERGE)
    return render(
        request,
        "national/staff/duplicates.html",
        {
            "localities": selectors.locality_duplicates(),
            "partners": selectors.partner_duplicates(),
        },
    )


@require_POST
def merge(request: HttpRequest) -> HttpResponse:
    """Merge one duplicate into the entry that stays (both chosen on the duplicates page)."""
    user = _require(request, services.MERGE)
    kind = request.POST.get("kind")
    try:
        keep_pk, duplicate_pk = int(request.POST["keep"]), int(request.POST["duplicate"])
    except (KeyError, ValueError):
        flash.error(request, _("Choose which entry stays and which is merged into it."))
        return HttpResponseRedirect(reverse("national_duplicates"))
    try:
        if kind == "locality":
            keep_l, duplicate_l = (
                selectors.locality_by_pk(pk=keep_pk),
                selectors.locality_by_pk(pk=duplicate_pk),
            )
            if keep_l is None or duplicate_l is None:
                raise Http404
            moved = services.merge_localities(keep=keep_l, duplicate=duplicate_l, by=user)
            kept = str(keep_l)
        elif kind == "partner":
            keep_p = get_object_or_404(Partner, pk=keep_pk)
            moved = services.merge_partners(
                keep=keep_p, duplicate=get_object_or_404(Partner, pk=duplicate_pk), by=user
            )
            kept = str(keep_p)
        else:
            flash.error(request, _("Choose which entry stays and which is merged into it."))
            return HttpResponseRedirect(reverse("national_duplicates"))
    except services.MergeRefused as refusal:
        flash.error(request, " ".join(refusal.messages))
    else:
        flash.success(
            request,
            _("Merged into %(name)s; %(count)s references moved.") % {"name": kept, "count": moved},
        )
    return HttpResponseRedirect(reverse("national_duplicates"))
