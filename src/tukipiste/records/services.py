"""Writes of contact records. Each write updates the roll-ups in its transaction."""

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
    SupplyGiven,
)
from tukipiste.records.models.categories import MULTIPLE_KINDS

if TYPE_CHECKING:
    from tukipiste.offices.models import Locality, Office


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
    office_locality = (
        Contact.objects.filter(pk=contact.pk).values_list("office__locality_id", flat=True).first()
        if contact.office_id
        else None
    )
    return rollups.ContactFacts(
        day=contact.day,
        office_id=contact.office_id,
        channel=contact.channel,
        locality_id=rollups.effective_locality(contact.locality_id, office_locality),
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


def _lock_clients(*client_ids: int | None) -> None:
    """Serialise writes of one client's contacts, so that two of them never both decide
    that the client is new to a unique-client counter."""
    wanted = sorted({c for c in client_ids if c})
    if wanted:
        list(ClientCode.objects.select_for_update().filter(pk__in=wanted).values_list("pk"))


def _apply(
    contact_id: int, before: rollups.ContactFacts | None, after: rollups.ContactFacts | None
) -> None:
    """Swap ``before`` for ``after`` in every roll-up (in the caller's transaction)."""
    deltas = rollups.Deltas()
    if before is not None:
        deltas.add(before, sign=-1)
    if after is not None:
        deltas.add(after)
    deltas.clients.update(rollups.client_deltas(contact_id, before, after))
    rollups.apply(deltas)


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
    stored.day = rollups.day_of(contact.started_at)
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
        _lock_clients(contact.client.pk if contact.client else None)
        stored = _write(Contact(recorded_by=by), contact, workers=workers)
        _apply(
            stored.pk,
            None,
            rollups.ContactFacts(
                day=stored.day,
                office_id=stored.office_id,
                channel=stored.channel,
                locality_id=rollups.effective_locality(
                    stored.locality_id, contact.office.locality_id if contact.office else None
                ),
                age_band_id=stored.age_band_id,
                gender_id=stored.gender_id,
                work_environment_id=stored.work_environment_id,
                language=stored.language,
                interpretation=stored.interpretation,
                categories=[(c.kind, c.pk) for c in {c.pk: c for c in contact.categories}.values()],
                supplies=[(c.pk, n) for c, n in contact.supplies.items() if n > 0],
                client_id=stored.client_id,
            ),
        )
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
        _lock_clients(locked.client_id, changes.client.pk if changes.client else None)
        before = _facts(locked)
        _write(locked, changes, workers=list(changes.workers or ()))
        _apply(locked.pk, before, _facts(locked))
        log_action(actor=by, action="records.contact.changed", obj=locked)
    return locked


def delete_contact(*, contact: Contact, by: User) -> None:
    """Delete a contact and take it out of the roll-ups."""
    with transaction.atomic():
        locked = Contact.objects.select_for_update().get(pk=contact.pk)
        _lock_clients(locked.client_id)
        _apply(locked.pk, _facts(locked), None)
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


def count_handed_out(*, before: rollups.HandedOut | None, after: rollups.HandedOut | None) -> None:
    """Swap what a record of supplies handed out apart from contacts (an outreach session)
    adds to the statistics: ``before`` as it was stored, ``after`` as it is now (None: not
    there). Call inside the transaction that writes the record."""
    deltas = rollups.Deltas()
    if before is not None:
        deltas.add_handed_out(before, sign=-1)
    if after is not None:
        deltas.add_handed_out(after)
    rollups.apply(deltas)


@transaction.atomic
def rebuild_rollups() -> int:
    """Recount every roll-up from the contacts (set-based SQL); returns the number of
    contacts. For repair and after bulk loads; the services keep the roll-ups current."""
    rollups.rebuild()
    return Contact.objects.count()
