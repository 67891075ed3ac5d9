"""Writes of outreach sessions. A session and the contacts recorded during it are written
together, through the contact records' one write path, or not at all."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tukipiste.core.audit import log_action
from tukipiste.outreach.models import (
    CHANNEL_OF,
    Environment,
    Forum,
    OutreachSession,
    SessionContact,
    SessionSupply,
)
from tukipiste.records.choices import CategoryKind
from tukipiste.records.rollups import HandedOut, day_of
from tukipiste.records.services import (
    ContactInput,
    change_contact,
    count_handed_out,
    record_contact,
)

if TYPE_CHECKING:
    from tukipiste.offices.models import Locality, Office
    from tukipiste.records.models import Category, Contact

MAX_HOURS = 24
MAX_CONTACTS = 500  # contacts recorded in one go; a typo of 5000 should not write 5000 rows


@dataclass(frozen=True, kw_only=True)
class SessionInput:
    """An outreach session as a worker logs it. ``contacts`` is the number of contacts to
    record now (on a correction: to add); ``genders`` and ``age_bands`` may say how many of
    them were of each category, the others are recorded without it."""

    starts_at: dt.datetime
    ends_at: dt.datetime
    environment: str
    locality: Locality
    office: Office | None = None
    venue: str = ""
    forum: Forum | None = None
    workers: Sequence[User] = ()
    partner_staff: int = 0
    partner_organisations: str = ""
    people_reached: int = 0
    messaged: int = 0
    answered: int = 0
    supplies: Mapping[Category, int] = field(default_factory=dict)
    contacts: int = 0
    genders: Mapping[Category, int] = field(default_factory=dict)
    age_bands: Mapping[Category, int] = field(default_factory=dict)


COUNTS = ("partner_staff", "people_reached", "messaged", "answered", "contacts")


def _validate(session: SessionInput, *, forum_before: Forum | None = None) -> None:
    errors: dict[str, list[Any]] = {}

    def add(name: str, message: Any) -> None:
        errors.setdefault(name, []).append(message)

    if session.environment not in Environment.values:
        add("environment", _("Choose outdoors, indoor venue or online."))
    if session.ends_at <= session.starts_at:
        add("end_time", _("The session ends before it starts. Check the end date and time."))
    elif session.ends_at - session.starts_at > dt.timedelta(hours=MAX_HOURS):
        add("end_time", _("A session lasts at most 24 hours. Log a longer trip day by day."))
    if timezone.localtime(session.starts_at).date() > timezone.localdate():
        add("date", _("The date is in the future. Log a session on the day it happened or later."))
    for name in COUNTS:
        if getattr(session, name) < 0:
            add(name, _("A count cannot be negative."))
    if session.contacts > MAX_CONTACTS:
        add("contacts", _("Record at most 500 contacts at a time."))
    if session.environment == Environment.ONLINE:
        if session.forum is None:
            add("forum", _("Choose the forum where the online outreach was done."))
        elif not session.forum.active and session.forum != forum_before:
            add("forum", _("This forum is no longer in use. Choose a forum from the list."))
        if session.answered > session.messaged:
            add("answered", _("More people answered than were messaged. Check the two numbers."))
    for category, quantity in session.supplies.items():
        if category.kind != CategoryKind.SUPPLY:
            add("supplies", _("Choose supplies from the supply list."))
        if quantity < 0:
            add(f"supply_{category.pk}", _("A count cannot be negative."))
    for name, mapping, kind in (
        ("genders", session.genders, CategoryKind.GENDER),
        ("age_bands", session.age_bands, CategoryKind.AGE_BAND),
    ):
        if any(c.kind != kind for c in mapping):
            add(name, _("Choose a value from this field's own list."))
        if any(n < 0 for n in mapping.values()):
            add(name, _("A count cannot be negative."))
        elif sum(mapping.values()) > max(session.contacts, 0):
            add(name, _("The counts by category add up to more than the contacts recorded."))
    if errors:
        raise ValidationError(errors)


def spread(total: int, counts: Mapping[Category, int]) -> list[Category | None]:
    """One entry per contact: the categories given by count, the rest unknown."""
    people: list[Category | None] = [c for c, n in counts.items() for _i in range(max(0, n))]
    return people[:total] + [None] * (total - len(people))


def handed_out(stored: OutreachSession) -> HandedOut:
    """What the stored session adds to the statistics' supply counts."""
    return HandedOut(
        day=stored.day,
        office_id=stored.office_id,
        locality_id=stored.locality_id,
        channel=CHANNEL_OF[Environment(stored.environment)],
        supplies=list(
            SessionSupply.objects.filter(session=stored).values_list("category_id", "quantity")
        ),
    )


def _store(stored: OutreachSession, session: SessionInput) -> None:
    before = handed_out(stored) if stored.pk else None
    online = session.environment == Environment.ONLINE
    stored.starts_at = session.starts_at
    stored.day = day_of(session.starts_at)
    stored.ends_at = session.ends_at
    stored.environment = session.environment
    stored.locality = session.locality
    stored.office = session.office
    stored.venue = session.venue.strip()
    # Messages and answers are counted for online work only: a forum is where they happen.
    stored.forum = session.forum if online else None
    stored.messaged = session.messaged if online else 0
    stored.answered = session.answered if online else 0
    stored.partner_staff = session.partner_staff
    stored.partner_organisations = session.partner_organisations.strip()
    stored.people_reached = session.people_reached
    stored.save()
    stored.workers.set(list(session.workers))
    SessionSupply.objects.filter(session=stored).delete()
    SessionSupply.objects.bulk_create(
        [
            SessionSupply(session=stored, category=c, quantity=n)
            for c, n in session.supplies.items()
            if n > 0
        ]
    )
    count_handed_out(before=before, after=handed_out(stored))


def _record_contacts(stored: OutreachSession, session: SessionInput, *, by: User) -> None:
    genders = spread(session.contacts, session.genders)
    ages = spread(session.contacts, session.age_bands)
    workers = list(session.workers) or [by]
    links = []
    for person in range(session.contacts):
        contact = record_contact(
            contact=ContactInput(
                channel=CHANNEL_OF[Environment(stored.environment)],
                started_at=stored.starts_at,
                office=stored.office,
                locality=stored.locality,
                gender=genders[person],
                age_band=ages[person],
                workers=workers,
            ),
            by=by,
        )
        links.append(SessionContact(session=stored, contact=contact))
    SessionContact.objects.bulk_create(links)


def _already_logged(key: uuid.UUID, *, by: User) -> OutreachSession | None:
    existing = OutreachSession.objects.filter(idempotency_key=key).first()
    if existing is not None and existing.recorded_by_id != by.pk:
        # Keys are random and never shown: only a bug or a forgery repeats another's key.
        raise ValidationError({"idempotency_key": _("This form was already used. Reload it.")})
    return existing


def log_session(*, session: SessionInput, key: uuid.UUID, by: User) -> tuple[OutreachSession, bool]:
    """Store an outreach session with its supplies and record its contacts, once per key.

    Returns the session and whether it was created now. The same ``key`` sent again (a form
    resent after a lost connection, two sends racing) returns the session the first send
    created, without writing anything. Raises ``ValidationError`` (keyed by form field) for
    an end before the start, a negative count or a forum no longer in use.
    """
    existing = _already_logged(key, by=by)
    if existing is not None:
        return existing, False
    _validate(session)
    try:
        with transaction.atomic():
            # The session row first: a racing send with the same key waits here on the
            # unique index and fails before it has recorded a single contact.
            stored = OutreachSession(idempotency_key=key, recorded_by=by)
            _store(stored, session)
            _record_contacts(stored, session, by=by)
            log_action(actor=by, action="outreach.session.created", obj=stored)
    except IntegrityError:
        existing = _already_logged(key, by=by)
        if existing is None:
            raise
        return existing, False
    return stored, True


def _contact_input_of(contact: Contact, **changes: Any) -> ContactInput:
    """What is recorded of ``contact``, with ``changes``: the contact keeps its categories,
    supplies and workers when its session moves."""
    values: dict[str, Any] = {
        "channel": contact.channel,
        "started_at": contact.started_at,
        "duration_seconds": contact.duration_seconds,
        "office": contact.office,
        "locality": contact.locality,
        "language": contact.language,
        "interpretation": contact.interpretation,
        "client": contact.client,
        "age_band": contact.age_band,
        "gender": contact.gender,
        "work_environment": contact.work_environment,
        "categories": [link.category for link in contact.category_links.all()],
        "supplies": {s.category: s.quantity for s in contact.supplies.all()},
        "workers": list(contact.workers.all()),
    }
    values.update(changes)
    return ContactInput(**values)


def change_session(*, session: OutreachSession, changes: SessionInput, by: User) -> OutreachSession:
    """Correct a session; its contacts follow a change of time, place or environment, and
    ``changes.contacts`` more are recorded."""
    _validate(changes, forum_before=session.forum)
    with transaction.atomic():
        locked = OutreachSession.objects.select_for_update().get(pk=session.pk)
        before = (locked.environment, locked.starts_at, locked.locality_id, locked.office_id)
        _store(locked, changes)
        after = (locked.environment, locked.starts_at, locked.locality_id, locked.office_id)
        if before != after:
            for link in SessionContact.objects.filter(session=locked).select_related("contact"):
                contact = link.contact
                moved = {
                    "channel": CHANNEL_OF[Environment(locked.environment)],
                    "locality": locked.locality,
                    "office": locked.office,
                }
                if before[1] != after[1]:
                    moved["started_at"] = locked.starts_at
                change_contact(contact=contact, changes=_contact_input_of(contact, **moved), by=by)
        _record_contacts(locked, changes, by=by)
        log_action(actor=by, action="outreach.session.changed", obj=locked)
    return locked


def add_forum(*, name: str, address: str = "", sort_order: int = 0) -> Forum:
    """Add an online forum to the list, or return the one of that name."""
    forum, _created = Forum.objects.get_or_create(
        name=name, defaults={"address": address, "sort_order": sort_order}
    )
    return forum
