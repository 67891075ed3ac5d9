"""“Help in your town”: a client types or picks a town and sees its public service paths in
their language, and how to reach the organisation from afar.

A plain GET form: works without JavaScript, sets no cookie. Nothing about the search is
kept: the typed town is not stored, the access log never writes a query string
(``core.middleware``), and a page answering a typed search is marked ``no-store`` so that
neither the page cache nor the phone's browser keeps it.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from tukipiste.core.translated import language_names
from tukipiste.national import selectors
from tukipiste.national.forms import TownSearchForm

TEMPLATE = "national/help_in_your_town.html"


def _context(form: TownSearchForm) -> dict[str, object]:
    language = get_language() or "fi"
    every = selectors.localities_with_public_paths()
    return {
        "form": form,
        "towns": every,
        "all_names": selectors.locality_spellings(),
        "chat_url": selectors.chat_page_url(language=language),
        "phones": selectors.office_phones(),
    }


def _paths(locality: object) -> list[dict[str, object]]:
    return [
        {"path": path, "languages": language_names(path.language_codes)}
        for path in selectors.public_paths_in(locality=locality)  # type: ignore[arg-type]
    ]


@require_GET
def help_in_your_town(request: HttpRequest) -> HttpResponse:
    """The search form; with ``q``, the town it finds (or the towns it might mean)."""
    form = TownSearchForm(request.GET or None)
    context = _context(form)
    typed = ""
    status = 200
    if form.is_bound:
        if form.is_valid():
            typed = form.cleaned_data["q"]
        else:
            status = 400
    if typed:
        found = selectors.find_localities(typed=typed)
        context["searched"] = True
        if len(found) == 1:
            context["locality"] = found[0]
            context["paths"] = _paths(found[0])
        else:
            context["candidates"] = found
    response = render(request, TEMPLATE, context, status=status)
    if form.is_bound:
        # What a client typed is theirs: no copy in a cache, on the server or the phone.
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
    return response


@require_GET
def town(request: HttpRequest, slug: str) -> HttpResponse:
    """One town picked from the list."""
    locality = selectors.locality_by_slug(slug=slug)
    if locality is None:
        raise Http404
    context = _context(TownSearchForm())
    context["locality"] = locality
    context["paths"] = _paths(locality)
    return render(request, TEMPLATE, context)
