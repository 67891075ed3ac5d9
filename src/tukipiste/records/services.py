"""Writes of contact records. Each write updates the monthly roll-ups in its transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tukipiste.core import codes
from tukipiste.core.audit import log_action
from tukipiste.records import rollups
from tukipiste.records.models import (
    Category,
    CategoryKind,
    Channel,
    ClientCode,
    Contact,
    ContactCategory,
    MonthlyClient,
    MonthlyCount,
    SupplyGiven,
)
from tukipiste.records.models.categories import MULTIPLE_KINDS

if TYPE_CHECKING:
    from tukipiste.offices.models import Locality, Office

REBUILD_CHUNK = 5000


@dataclass(frozen=True, kw_only=True)
class ContactInput:
    """One service encounter as a worker (or the chat) records it: anonymous categories only.

    ``categories`` holds the topics, services given and referrals; ``supplies`` maps a
    supply to the number handed out; ``workers`` are the staff present (None: the one
    recording it).
    """

    channel: str
    started_at: dt.datetime
    duration_seconds: int = 0
    office: Office | None = None
    locality: Locality | None = None
    language: str = ""
    interpretation: bool = False
    client: ClientCode | None = None
    age_band: Category | None = None
    gender: Category | None = None
    work_environment: Category | None = None
    categories: Sequence[Category] = ()
    supplies: Mapping[Category, int] = field(default_factory=dict)
    workers: Sequence[User] | None = None


def _validate(contact: ContactInput) -> None:
    errors: dict[str, list[Any]] = {}
    if contact.channel not in Channel.values:
        errors.setdefault("channel", []).append(_("Choose a channel from the list."))
    if timezone.localtime(contact.started_at).date() > timezone.localdate():
        errors.setdefault("started_at", []).append(
            _("The date is in the future. Record a contact on the day it happened or later.")
        )
    single = {
        "age_band": (contact.age_band, CategoryKind.AGE_BAND),
        "gender": (contact.gender, CategoryKind.GENDER),
        "work_environment": (contact.work_environment, CategoryKind.WORK_ENVIRONMENT),
    }
    for name, (category, kind) in single.items():
        if category is not None and category.kind != kind:
            errors.setdefault(name, []).append(_("Choose a value from this field's own list."))
    for category in contact.categories:
        if category.kind not in MULTIPLE_KINDS:
            errors.setdefault(category.kind, []).append(
                _("Choose a value from this field's own list.")
            )
    for category, quantity in contact.supplies.items():
        if category.kind != CategoryKind.SUPPLY:
            errors.setdefault("supplies", []).append(_("Choose supplies from the supply list."))
        if quantity < 0:
            errors.setdefault("supplies", []).append(_("A number of supplies cannot be negative."))
    if errors:
        raise ValidationError(errors)


def _facts(contact: Contact) -> rollups.ContactFacts:
    """What the stored contact currently contributes to the roll-ups (three queries)."""
    return rollups.ContactFacts(
        month=rollups.month_of(contact.started_at),
        office_id=contact.office_id,
        channel=contact.channel,
        worker_ids=list(contact.workers.values_list("pk", flat=True)),
        age_band_id=contact.age_band_id,
        gender_id=contact.gender_id,
        work_environment_id=contact.work_environment_id,
        language=contact.language,
        interpretation=contact.interpretation,
        categories=list(
            ContactCategory.objects.filter(contact=contact).values_list(
                "category__kind", "category_id"
            )
        ),
        supplies=list(
            SupplyGiven.objects.filter(contact=contact).values_list("category_id", "quantity")
        ),
        client_id=contact.client_id,
    )


def _store_related(
    contact: Contact,
    *,
    categories: Iterable[Category],
    supplies: Mapping[Category, int],
    workers: Iterable[User],
) -> None:
    ContactCategory.objects.filter(contact=contact).delete()
    ContactCategory.objects.bulk_create(
        [
            ContactCategory(contact=contact, category=c)
            for c in {c.pk: c for c in categories}.values()
        ]
    )
    SupplyGiven.objects.filter(contact=contact).delete()
    SupplyGiven.objects.bulk_create(
        [SupplyGiven(contact=contact, category=c, quantity=n) for c, n in supplies.items() if n > 0]
    )
    contact.workers.set(list(workers))


def _write(stored: Contact, contact: ContactInput, *, workers: list[User]) -> Contact:
    """Copy the input onto ``stored``, save it with its categories, supplies and workers."""
    stored.channel = contact.channel
    stored.started_at = contact.started_at
    stored.duration_seconds = max(0, contact.duration_seconds)
    stored.office = contact.office
    stored.locality = contact.locality
    stored.language = contact.language
    stored.interpretation = contact.interpretation
    stored.client = contact.client
    stored.age_band = contact.age_band
    stored.gender = contact.gender
    stored.work_environment = contact.work_environment
    stored.save()
    _store_related(
        stored, categories=contact.categories, supplies=contact.supplies, workers=workers
    )
    return stored


def record_contact(*, contact: ContactInput, by: User | None) -> Contact:
    """Store one anonymous service encounter and count it in the monthly roll-ups.

    Raises ``ValidationError`` (keyed by field) for a future date, a negative count or a
    category of another list.
    """
    _validate(contact)
    workers = list(contact.workers) if contact.workers is not None else [u for u in [by] if u]
    with transaction.atomic():
        stored = _write(Contact(recorded_by=by), contact, workers=workers)
        deltas = rollups.Deltas()
        deltas.add(
            rollups.ContactFacts(
                month=rollups.month_of(stored.started_at),
                office_id=stored.office_id,
                channel=stored.channel,
                worker_ids=[u.pk for u in workers],
                age_band_id=stored.age_band_id,
                gender_id=stored.gender_id,
                work_environment_id=stored.work_environment_id,
                language=stored.language,
                interpretation=stored.interpretation,
                categories=[(c.kind, c.pk) for c in {c.pk: c for c in contact.categories}.values()],
                supplies=[(c.pk, n) for c, n in contact.supplies.items() if n > 0],
                client_id=stored.client_id,
            )
        )
        rollups.apply(deltas)
        log_action(actor=by, action="records.contact.created", obj=stored)
    return stored


def record_contact_with_new_client_code(*, contact: ContactInput, by: User) -> tuple[Contact, str]:
    """Give the client a new code and record the contact with it, both or neither; returns
    the contact and the code for the card (shown once)."""
    _validate(contact)  # before a code exists, so that a refused form costs no code
    with transaction.atomic():
        client, code = create_client_code(by=by, office=contact.office)
        return record_contact(contact=replace(contact, client=client), by=by), code


def change_contact(*, contact: Contact, changes: ContactInput, by: User) -> Contact:
    """Replace what is recorded of ``contact``; the roll-ups lose the old version of it and
    gain the new one in the same transaction."""
    _validate(changes)
    with transaction.atomic():
        locked = Contact.objects.select_for_update().get(pk=contact.pk)
        deltas = rollups.Deltas()
        deltas.add(_facts(locked), sign=-1)
        _write(locked, changes, workers=list(changes.workers or ()))
        deltas.add(_facts(locked))
        rollups.apply(deltas)
        log_action(actor=by, action="records.contact.changed", obj=locked)
    return locked


def delete_contact(*, contact: Contact, by: User) -> None:
    """Delete a contact and take it out of the roll-ups."""
    with transaction.atomic():
        locked = Contact.objects.select_for_update().get(pk=contact.pk)
        deltas = rollups.Deltas()
        deltas.add(_facts(locked), sign=-1)
        rollups.apply(deltas)
        log_action(actor=by, action="records.contact.deleted", obj=locked)
        locked.delete()


def create_client_code(*, by: User, office: Office | None) -> tuple[ClientCode, str]:
    """A new pseudonymous client code; returns the record and the code for the card, which
    is shown once and never stored in clear."""
    for _attempt in range(5):
        code = codes.generate(length=ClientCode.CODE_LENGTH)
        try:
            with transaction.atomic():
                record = ClientCode.objects.create(
                    code_hash=codes.storage_hash(code, purpose=ClientCode.CODE_PURPOSE),
                    office=office,
                )
        except IntegrityError:  # the same random code twice: astronomically rare, retry
            continue
        log_action(actor=by, action="records.clientcode.created", obj=record)
        return record, code
    raise RuntimeError("could not create a unique client code")


@transaction.atomic
def rebuild_rollups() -> int:
    """Recount every roll-up row from the contacts; returns the number of contacts.

    For repair and after bulk loads; the services keep the roll-ups current otherwise.
    """
    MonthlyCount.objects.all().delete()
    MonthlyClient.objects.all().delete()
    deltas = rollups.Deltas()
    last_id = 0
    total = 0
    fields = (
        "pk",
        "started_at",
        "office_id",
        "channel",
        "age_band_id",
        "gender_id",
        "work_environment_id",
        "language",
        "interpretation",
        "client_id",
    )
    while True:
        rows = list(
            Contact.objects.filter(pk__gt=last_id)
            .order_by("pk")
            .values_list(*fields)[:REBUILD_CHUNK]
        )
        if not rows:
            break
        low, high = rows[0][0], rows[-1][0]
        categories: dict[int, list[tuple[str, int]]] = {}
        for contact_id, kind, category_id in ContactCategory.objects.filter(
            contact_id__gte=low, contact_id__lte=high
        ).values_list("contact_id", "category__kind", "category_id"):
            categories.setdefault(contact_id, []).append((kind, category_id))
        supplies: dict[int, list[tuple[int, int]]] = {}
        for contact_id, category_id, quantity in SupplyGiven.objects.filter(
            contact_id__gte=low, contact_id__lte=high
        ).values_list("contact_id", "category_id", "quantity"):
            supplies.setdefault(contact_id, []).append((category_id, quantity))
        workers: dict[int, list[int]] = {}
        through = Contact.workers.through
        for contact_id, user_id in through.objects.filter(
            contact_id__gte=low, contact_id__lte=high
        ).values_list("contact_id", "user_id"):
            workers.setdefault(contact_id, []).append(user_id)
        for pk, started, office, channel, age, gender, env, lang, interp, client in rows:
            deltas.add(
                rollups.ContactFacts(
                    month=rollups.month_of(started),
                    office_id=office,
                    channel=channel,
                    worker_ids=workers.get(pk, ()),
                    age_band_id=age,
                    gender_id=gender,
                    work_environment_id=env,
                    language=lang,
                    interpretation=interp,
                    categories=categories.get(pk, ()),
                    supplies=supplies.get(pk, ()),
                    client_id=client,
                )
            )
        total += len(rows)
        last_id = high
    rollups.apply(deltas)
    return total
