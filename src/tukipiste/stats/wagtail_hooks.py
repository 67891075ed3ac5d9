"""Back-office entry of statistics."""

from __future__ import annotations

from typing import Any

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from tukipiste.accounts.wagtail_hooks import PermissionMenuItem
from tukipiste.core.homepanels import add_panels
from tukipiste.stats import urls


@hooks.register("register_admin_urls")
def register_stats_urls() -> list[Any]:
    return [path("stats/", include(urls))]


@hooks.register("register_admin_menu_item")
def stats_item() -> PermissionMenuItem:
    return PermissionMenuItem(
        _("Statistics"),
        reverse("stats_dashboard"),
        icon_name="table",
        order=120,
        permission="records.view_statistics",
    )


@hooks.register("construct_homepage_panels")
def add_stats_home_panels(request: Any, panels: list[Any]) -> None:
    from tukipiste.stats.homepanels import MonthFiguresPanel

    add_panels(request, panels, MonthFiguresPanel)
