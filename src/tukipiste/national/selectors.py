"""Reads of the national project: localities found by a typed name, service paths for
clients and for workers, the localities' visits and offices, near duplicates, and the
counts behind the project indicators."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.db.models import Count, Prefetch, Q, QuerySet, Sum
from django.db.models.functions import ExtractYear, TruncDate

from tukipiste.national import fuzzy, indicators
from tukipiste.national.choices import Indicator, Need, TrainingForm
from tukipiste.national.models import Goal, Partner, PartnerContact, ServicePath, Training
from tukipiste.offices import selectors as offices
from tukipiste.records import selectors as record_selectors
from tukipiste.records.choices import OUTREACH_CHANNELS

if TYPE_CHECKING:
    from tukipiste.offices.models import Locality

HELSINKI = zoneinfo.ZoneInfo("Europe/Helsinki")


def _localities() -> list[Locality]:
    return list(offices.all_localities())


def find_localities(*, typed: str) -> list[Locality]:
    """The localities whose Finnish or Swedish name matches what a person typed, best first
    ("Åbo", "turku" and "Turkku" all find Turku)."""
    candidates = [(loc, (loc.name_fi, loc.name_sv)) for loc in _localities()]
    return [m.item for m in fuzzy.best_matches(typed, candidates)]


def locality_spellings() -> list[str]:
    """Every locality's Finnish and Swedish name, for the search field's suggestions."""
    return sorted({n for loc in _localities() for n in (loc.name_fi, loc.name_sv)})


def locality_by_pk(*, pk: int) -> Locality | None:
    return offices.all_localities().filter(pk=pk).first()


def locality_by_slug(*, slug: str) -> Locality | None:
    return next((loc for loc in _localities() if loc.slug == slug), None)


def localities_with_public_paths() -> list[Locality]:
    """The localities a client can pick from: those with a service path shown to clients."""
    ids = set(ServicePath.objects.filter(public=True).values_list("locality_id", flat=True))
    return [loc for loc in _localities() if loc.pk in ids]


NEED_ORDER = {need: n for n, need in enumerate(Need.values)}


def _by_need(paths: Iterable[ServicePath]) -> list[ServicePath]:
    """In the order of the list of needs (sexual health first), not alphabetically."""
    return sorted(paths, key=lambda p: (NEED_ORDER.get(p.need, 99), p.sort_order, p.pk))


def public_paths_in(*, locality: Locality) -> list[ServicePath]:
    """What a client sees for a town: the public paths, by need, without staff notes."""
    return _by_need(
        ServicePath.objects.filter(locality=locality, public=True).select_related("partner")
    )


def paths_for_workers(*, locality: Locality, need: str = "") -> list[ServicePath]:
    """Every path of a locality (staff-only ones too) with the partner's contact persons."""
    paths = ServicePath.objects.filter(locality=locality)
    if need:
        paths = paths.filter(need=need)
    return _by_need(
        paths.select_related("partner").prefetch_related(
            Prefetch(
                "partner__contact_persons", queryset=PartnerContact.objects.order_by("sort_order")
            )
        )
    )


@dataclass
class LocalityRow:
    locality: Locality
    has_office: bool
    partners: int
    partners_with_letter: int
    visits_by_year: dict[int, int] = field(default_factory=dict)
    contacts_by_year: dict[int, int] = field(default_factory=dict)


def _contacts() -> QuerySet[Any]:
    # A read of the contact records (never a write): the localities' visits and the
    # outreach indicator are counted from the contacts' locality and channel.
    from tukipiste.records.models import Contact

    return Contact.objects.all()


def locality_overview(*, years: Iterable[int]) -> list[LocalityRow]:
    """Every locality: whether the organisation has an office there, its partners, and its
    visits by year (a visit is a day with at least one contact recorded in the town)."""
    wanted = sorted(set(years))
    rows = {
        loc.pk: LocalityRow(
            locality=loc,
            has_office=loc.has_office,
            partners=loc.partner_count,
            partners_with_letter=loc.letter_count,
        )
        for loc in offices.all_localities().annotate(
            partner_count=Count("partners", distinct=True),
            letter_count=Count(
                "partners", filter=Q(partners__letter_of_intent=True), distinct=True
            ),
            has_office=Count("offices", distinct=True),
        )
    }
    if wanted:
        start = dt.datetime(wanted[0], 1, 1, tzinfo=HELSINKI)
        end = dt.datetime(wanted[-1] + 1, 1, 1, tzinfo=HELSINKI)
        days = (
            _contacts()
            .filter(locality__isnull=False, started_at__gte=start, started_at__lt=end)
            .annotate(local_day=TruncDate("started_at", tzinfo=HELSINKI))
            .values("locality_id", "local_day")
            .annotate(n=Count("id"))
            .order_by()
        )
        for entry in days:
            row = rows.get(entry["locality_id"])
            if row is not None:
                year = entry["local_day"].year
                row.visits_by_year[year] = row.visits_by_year.get(year, 0) + 1
                row.contacts_by_year[year] = row.contacts_by_year.get(year, 0) + entry["n"]
    for row in rows.values():
        row.has_office = bool(row.has_office)
    return list(rows.values())


def locality_duplicates() -> list[tuple[Locality, Locality]]:
    """Pairs of localities whose names look like spelling variants of each other, the older
    entry first (the newer one is usually the slip)."""
    localities = sorted(_localities(), key=lambda loc: loc.pk)
    pairs: list[tuple[Locality, Locality]] = []
    for i, loc in enumerate(localities):
        later = [(o, (o.name_fi, o.name_sv)) for o in localities[i + 1 :]]
        for other in fuzzy.near_duplicates([loc.name_fi, loc.name_sv], later):
            pairs.append((loc, other))
    return pairs


def partner_duplicates() -> list[tuple[Partner, Partner]]:
    """Pairs of partners in one locality whose names look like spelling variants."""
    by_locality: dict[int, list[Partner]] = defaultdict(list)
    for partner in Partner.objects.select_related("locality").order_by("pk"):
        by_locality[partner.locality_id].append(partner)
    pairs: list[tuple[Partner, Partner]] = []
    for partners in by_locality.values():
        for i, partner in enumerate(partners):
            later = [(o, (o.name,)) for o in partners[i + 1 :]]
            for other in fuzzy.near_duplicates([partner.name], later):
                pairs.append((partner, other))
    return pairs


def localities_like(*, names: Iterable[str], exclude_pk: int | None = None) -> list[Locality]:
    """Existing localities that look like a locality about to be saved under ``names``."""
    candidates = [
        (loc, (loc.name_fi, loc.name_sv)) for loc in _localities() if loc.pk != exclude_pk
    ]
    return fuzzy.near_duplicates(list(names), candidates)


def partners_like(*, name: str, locality_id: int, exclude_pk: int | None = None) -> list[Partner]:
    """Partners of the same locality whose name looks like ``name`` spelt differently."""
    candidates = [
        (p, (p.name,))
        for p in Partner.objects.filter(locality_id=locality_id).exclude(pk=exclude_pk or 0)
    ]
    return fuzzy.near_duplicates([name], candidates)


@dataclass
class IndicatorCounts:
    """The indicators' raw values by year, and the localities reached by year (their
    count over a period is the size of the union, not a sum)."""

    by_year: dict[tuple[str, int], int]
    localities_by_year: dict[int, set[int]]


def indicator_counts(*, years: Iterable[int]) -> IndicatorCounts:
    """The project's indicators for each of ``years``.

    - localities reached: localities without an office of ours with an outreach contact or
      a consultation or training there that year;
    - partners with a letter of intent: signed by the end of that year;
    - trainings held and professionals trained: trainings (not consultations or mentoring)
      and their participants;
    - contacts in outreach: contacts of the outreach channels (every office and locality).
    """
    wanted = sorted(set(years))
    by_year: dict[tuple[str, int], int] = {}
    reached: dict[int, set[int]] = {y: set() for y in wanted}
    if not wanted:
        return IndicatorCounts(by_year, reached)
    with_office = set(
        offices.all_offices().exclude(locality=None).values_list("locality_id", flat=True)
    )
    # From the month roll-up, not the contacts (the annual report must stay fast at ten
    # million). A contact without a locality of its own counts at its office's, which the
    # office rule below takes out again.
    outreach = record_selectors.contacts_by_year_and_locality(
        channels=OUTREACH_CHANNELS, first_year=wanted[0], last_year=wanted[-1]
    )
    for (year, locality), n in outreach.items():
        key = (Indicator.PEOPLE_REACHED, year)
        by_year[key] = by_year.get(key, 0) + n
        if locality and year in reached:
            reached[year].add(locality)
    trainings = Training.objects.filter(date__year__gte=wanted[0], date__year__lte=wanted[-1])
    for date, locality, partner_locality in trainings.values_list(
        "date", "locality_id", "partner__locality_id"
    ):
        place = locality or partner_locality
        if place and date.year in reached:
            reached[date.year].add(place)
    for year in wanted:
        reached[year] -= with_office
        by_year[(Indicator.LOCALITIES_REACHED, year)] = len(reached[year])
    held = (
        trainings.filter(form=TrainingForm.TRAINING)
        .annotate(year=ExtractYear("date"))
        .values("year")
        .annotate(n=Count("id"), people=Sum("participants"))
        .order_by()
    )
    for entry in held:
        by_year[(Indicator.TRAININGS_HELD, entry["year"])] = entry["n"]
        by_year[(Indicator.PROFESSIONALS_TRAINED, entry["year"])] = entry["people"] or 0
    letters = list(
        Partner.objects.filter(letter_of_intent=True).values_list(
            "letter_of_intent_on", "created_at"
        )
    )
    for year in wanted:
        by_year[(Indicator.PARTNERS_WITH_LETTER, year)] = sum(
            1
            for signed, created in letters
            if (signed or created.astimezone(HELSINKI).date()).year <= year
        )
    return IndicatorCounts(by_year, reached)


def goals() -> list[Goal]:
    return list(Goal.objects.order_by("first_year", "indicator"))


def partner_count() -> int:
    return Partner.objects.count()


def chat_page_url(*, language: str) -> str:
    """The public chat page in ``language`` ("" when the site has none)."""
    from tukipiste.chat.models import ChatPage

    page = ChatPage.objects.live().filter(locale__language_code=language).first()
    return page.url if page is not None and page.url else ""


def office_phones() -> list[tuple[str, str]]:
    """The offices' names and phone numbers, for clients far from any office."""
    return [(o.name, o.phone) for o in offices.all_offices() if o.phone]


def indicator_tables(*, year: int) -> list[indicators.PeriodTable]:
    """The tables of the goal periods covering ``year`` (the year alone without a goal)."""
    every_goal = goals()
    periods = indicators.periods_covering(year, [(g.first_year, g.last_year) for g in every_goal])
    first = min(p[0] for p in periods)
    last = max(p[1] for p in periods)
    counts = indicator_counts(years=range(first, last + 1))
    return [
        indicators.period_table(
            first_year=a,
            last_year=b,
            by_year=counts.by_year,
            localities_by_year=counts.localities_by_year,
            targets={
                g.indicator: g.target for g in every_goal if (g.first_year, g.last_year) == (a, b)
            },
        )
        for a, b in periods
    ]
