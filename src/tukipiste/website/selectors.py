"""Read-only queries of the public site."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Prefetch
from wagtail.models import Locale

from tukipiste.website import hours
from tukipiste.website.models import NewsPage, Office, OfficeException, OfficeHours, Service


@dataclass(frozen=True)
class ServiceHours:
    service: str
    label: str
    status: hours.Status
    weekly: list[OfficeHours]


@dataclass(frozen=True)
class OfficeStatus:
    office: Office
    status: hours.Status


@dataclass(frozen=True)
class OfficeDetail:
    office: Office
    services: list[ServiceHours]
    exceptions: list[OfficeException]


def _offices() -> list[Office]:
    return list(
        Office.objects.prefetch_related(
            Prefetch("hours", queryset=OfficeHours.objects.order_by("weekday", "opens")),
            "exceptions",
        )
    )


def offices_with_status(*, service: str, moment: dt.datetime) -> list[OfficeStatus]:
    """Every office with the open-now status of one service, in display order."""
    return [OfficeStatus(office=o, status=o.status(service, moment)) for o in _offices()]


def office_detail(*, slug: str, moment: dt.datetime) -> OfficeDetail | None:
    """One office with the hours and status of each service it offers, or None."""
    office = next((o for o in _offices() if o.slug == slug), None)
    if office is None:
        return None
    services = [
        ServiceHours(
            service=service.value,
            label=str(service.label),
            status=office.status(service.value, moment),
            weekly=[h for h in office.hours.all() if h.service == service.value],
        )
        for service in Service
        if any(h.service == service.value for h in office.hours.all())
    ]
    today = moment.astimezone(hours.HELSINKI).date()
    exceptions = [
        e for e in office.exceptions.all() if today <= e.date <= today + dt.timedelta(days=60)
    ]
    return OfficeDetail(office=office, services=services, exceptions=exceptions)


def latest_news(*, locale: Locale, limit: int) -> list[NewsPage]:
    """The newest live articles in one language."""
    return list(
        NewsPage.objects.live().filter(locale=locale).order_by("-published_on", "-pk")[:limit]
    )
