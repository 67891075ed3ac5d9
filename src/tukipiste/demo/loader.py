"""Create the demo site: localities, offices, locales, pages in every language, news, staff
contacts and the chat's saved replies.

Idempotent: every page has a fixed translation key derived from its slug, and an object that
already exists is left as it is, so a second run neither fails nor duplicates, and never
overwrites what an editor has changed.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any, cast

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from tukipiste.chat.models import ChatPage
from tukipiste.demo import content
from tukipiste.demo.offices import HOLIDAYS, LOCALITIES, OFFICES, SHORT_DAYS
from tukipiste.demo.saved_replies import load_saved_replies
from tukipiste.offices import selectors as offices
from tukipiste.offices import services as office_services
from tukipiste.website.models import (
    ContentPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    OfficeIndexPage,
    StaffContact,
    StaffContactsPage,
)

_NAMESPACE = uuid.UUID("6f1b7c1e-3d9a-4a57-9a53-5d1e7f1f0a11")
KINDS: dict[str, type[Page]] = {
    "content": ContentPage,
    "chat": ChatPage,
    "offices": OfficeIndexPage,
    "news_index": NewsIndexPage,
    "contacts": StaffContactsPage,
}


def stream(blocks: list[tuple[str, Any]]) -> str:
    """Turn ``[(block type, value), ...]`` into the raw JSON a StreamField stores."""
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


def translation_key(slug: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, slug)


@transaction.atomic
def load_demo() -> dict[str, int]:
    """Create whatever of the demo data is missing; return how many objects were created."""
    created = {"offices": 0, "pages": 0, "saved_replies": 0}
    created["offices"] = _load_offices()
    created["saved_replies"] = load_saved_replies()
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES
    }
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locales[settings.LANGUAGE_CODE])
    )
    # Wagtail's installation leaves a placeholder "Welcome" page; the demo site replaces it.
    Page.objects.filter(depth=2, content_type__model="page").delete()
    homes: dict[str, HomePage] = {}
    home_texts = cast(dict[str, dict[str, str]], content.HOME)
    for code, text in home_texts.items():
        home, made = _ensure(
            parent=root,
            model=HomePage,
            slug=f"home-{code}",
            key="home",
            locale=locales[code],
            fields={"title": text["title"], "lead": text["lead"]},
        )
        homes[code] = home
        created["pages"] += made
    _point_site_at(homes[settings.LANGUAGE_CODE])
    by_slug: dict[tuple[str, str], Page] = {}
    for spec in cast(list[dict[str, Any]], content.PAGES):
        for code, text in spec["text"].items():
            parent = by_slug[(spec["parent"], code)] if spec.get("parent") else homes[code]
            page, made = _ensure(
                parent=parent,
                model=KINDS[spec["kind"]],
                slug=spec["slug"],
                key=spec["slug"],
                locale=locales[code],
                fields=_fields(spec["kind"], text),
                in_menu=spec.get("in_menu", False),
                after_create=_contacts_adder(spec, code),
            )
            by_slug[(spec["slug"], code)] = page
            created["pages"] += made
    for article in cast(list[dict[str, Any]], content.NEWS):
        for code, text in article["text"].items():
            _, made = _ensure(
                parent=by_slug[("news", code)],
                model=NewsPage,
                slug=article["slug"],
                key=f"news/{article['slug']}",
                locale=locales[code],
                fields={
                    "title": text["title"],
                    "summary": text["summary"],
                    "body": text["body"],
                    "published_on": article["date"],
                },
            )
            created["pages"] += made
    return created


def _fields(kind: str, text: dict[str, Any]) -> dict[str, Any]:
    if kind in ("content", "chat"):
        return {
            "title": text["title"],
            "summary": text.get("summary", ""),
            "body": stream(text["body"]),
        }
    return {"title": text["title"], "lead": text.get("lead", "")}


def _contacts_adder(spec: dict[str, Any], code: str) -> Any:
    if spec["kind"] != "contacts":
        return None

    def add(page: StaffContactsPage) -> None:
        by_slug = {o.slug: o for o in offices.all_offices()}
        for order, person in enumerate(cast(list[dict[str, Any]], content.STAFF)):
            StaffContact.objects.create(
                page=page,
                sort_order=order,
                name=person["name"],
                role=person["role"].get(code) or person["role"]["en"],
                office=by_slug.get(person["office"] or ""),
                languages=person["languages"],
                phone=person["phone"],
                email=person["email"],
            )

    return add


def _ensure(
    *,
    parent: Page,
    model: type[Page],
    slug: str,
    key: str,
    locale: Locale,
    fields: dict[str, Any],
    in_menu: bool = False,
    after_create: Any = None,
) -> tuple[Page, int]:
    # Any page type counts: a page an editor (or an older demo) made stays as it is.
    existing = Page.objects.filter(translation_key=translation_key(key), locale=locale).first()
    if existing is not None:
        return existing.specific, 0
    page = model(
        slug=slug,
        locale=locale,
        translation_key=translation_key(key),
        show_in_menus=in_menu,
        **fields,
    )
    parent.add_child(instance=page)
    if after_create is not None:
        after_create(page)
    # Publishing through a revision gives editors the usual history, drafts and preview.
    page.save_revision().publish()
    return page, 1


def _point_site_at(home: HomePage) -> None:
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Tukipiste",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "Tukipiste"
        site.save()


def _load_offices() -> int:
    localities = {
        slug: office_services.ensure_locality(
            slug=slug, name_fi=name_fi, name_sv=name_sv, region=region
        )
        for slug, name_fi, name_sv, region in LOCALITIES
    }
    existing = {o.slug: o for o in offices.all_offices()}
    made = 0
    for order, spec in enumerate(OFFICES):
        locality = localities[spec["locality"]]
        if spec["slug"] in existing:
            # Demo data from before localities existed gets its place; nothing else changes.
            office_services.place_office(office=existing[spec["slug"]], locality=locality)
            continue
        changes = [
            *(office_services.DatedChange(date=day, reason="holiday") for day in HOLIDAYS),
            *(
                office_services.DatedChange(date=day, reason="special", opens=opens, closes=closes)
                for day, opens, closes in SHORT_DAYS
            ),
        ]
        if spec["slug"] == "tampere":
            changes.append(
                office_services.DatedChange(date=dt.date(2026, 12, 9), reason="training")
            )
        fields = {k: v for k, v in spec.items() if k not in ("hours", "locality")}
        office_services.create_office(
            **fields,
            sort_order=order,
            locality=locality,
            weekly=[
                office_services.WeeklyHours(kind=kind, weekday=day, opens=opens, closes=closes)
                for kind, day, opens, closes in spec["hours"]
            ],
            changes=changes,
        )
        made += 1
    return made
