"""Values every public template needs: quick exit, languages, the feedback link."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest


def site_chrome(request: HttpRequest) -> dict[str, Any]:
    return {"QUICK_EXIT_URL": settings.QUICK_EXIT_URL, "SITE_LANGUAGES": settings.LANGUAGES}
