"""Back-office report: which pages lack which language."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from wagtail.permission_policies.pages import PagePermissionPolicy

from tukipiste.website.models import SingleLanguagePage
from tukipiste.website.selectors import pages_missing_languages


def language_gaps(request: HttpRequest) -> HttpResponse:
    if not PagePermissionPolicy().user_has_any_permission(request.user, ["change", "publish"]):
        raise PermissionDenied
    names = dict(settings.LANGUAGES)
    rows = [
        {"gap": gap, "missing": [(code, names[code]) for code in gap.missing]}
        for gap in pages_missing_languages()
    ]
    exempt = SingleLanguagePage.objects.select_related("page", "page__locale").order_by(
        "page__title"
    )
    return render(request, "website/admin/language_gaps.html", {"rows": rows, "exempt": exempt})
