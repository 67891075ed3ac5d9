"""Writes of the national project: partners, service paths, trainings and goals (the
back-office edits them as snippets; the demo loader and tests use these), and the merge
of a duplicate locality or partner into the one that stays."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, cast

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import ManyToManyRel
from django.utils.translation import gettext as _

from tukipiste.core.audit import log_action
from tukipiste.national.models import (
    Cooperation,
    Goal,
    Partner,
    PartnerContact,
    ServicePath,
    Training,
)

if TYPE_CHECKING:
    from django.contrib.auth.models import User

    from tukipiste.offices.models import Locality

MERGE = "national.merge_duplicates"


class MergeRefused(ValidationError):
    """A merge that would break a rule of the data; nothing was changed."""


def create_partner(
    *,
    name: str,
    kind: str,
    locality: Locality,
    letter_of_intent_on: dt.date | None = None,
    letter_of_intent: bool | None = None,
    notes: str = "",
    contact_persons: Iterable[Mapping[str, str]] = (),
) -> Partner:
    """Create a partner with its contact persons."""
    with transaction.atomic():
        partner = Partner.objects.create(
            name=name,
            kind=kind,
            locality=locality,
            letter_of_intent=bool(letter_of_intent_on)
            if letter_of_intent is None
            else letter_of_intent,
            letter_of_intent_on=letter_of_intent_on,
            notes=notes,
        )
        for order, person in enumerate(contact_persons):
            PartnerContact.objects.create(partner=partner, sort_order=order, **person)
    return partner


def add_cooperation(*, partner: Partner, date: dt.date, kind: str, note: str = "") -> Cooperation:
    """Add one dated entry to the history of cooperation with ``partner``."""
    return Cooperation.objects.create(partner=partner, date=date, kind=kind, note=note)


def add_service_path(
    *,
    locality: Locality,
    need: str,
    partner: Partner | None,
    texts: Mapping[str, Mapping[str, str]],
    languages: str = "",
    how_to_refer: str = "",
    public: bool = True,
    sort_order: int = 0,
) -> ServicePath:
    """Add a service path; ``texts`` maps a language code to its ``service``, ``hours``
    and ``description``."""
    fields: dict[str, Any] = {}
    for code, text in texts.items():
        for key in ("service", "hours", "description"):
            if key in text:
                fields[f"{key}_{code}"] = text[key]
    return ServicePath.objects.create(
        locality=locality,
        need=need,
        partner=partner,
        languages=languages,
        how_to_refer=how_to_refer,
        public=public,
        sort_order=sort_order,
        **fields,
    )


def record_training(
    *,
    date: dt.date,
    form: str,
    topic: str,
    participants: int,
    partner: Partner | None = None,
    locality: Locality | None = None,
    workers: Iterable[User] = (),
    feedback_score: int | None = None,
) -> Training:
    """Record a consultation, mentoring session or training given to local professionals."""
    training = Training(
        date=date,
        form=form,
        topic=topic,
        participants=participants,
        partner=partner,
        locality=locality,
        feedback_score=feedback_score,
    )
    training.full_clean(exclude=["workers"])
    with transaction.atomic():
        training.save()
        training.workers.set(list(workers))
    return training


def set_goal(*, indicator: str, first_year: int, last_year: int, target: int) -> Goal:
    """Set (create or change) the target of an indicator for a period."""
    goal, _created = Goal.objects.update_or_create(
        indicator=indicator,
        first_year=first_year,
        last_year=last_year,
        defaults={"target": target},
    )
    return goal


def _move_references(*, keep: models.Model, duplicate: models.Model) -> int:
    """Point every row that refers to ``duplicate`` at ``keep``, in every app (apps added
    later included: the relations are read from the model, not listed here)."""
    moved = 0
    for relation in duplicate._meta.related_objects:
        if relation.many_to_many:
            through = cast(type[models.Model], cast(ManyToManyRel, relation).through)
            target = next(
                f
                for f in through._meta.fields
                if f.is_relation and f.related_model is type(duplicate)
            )
            other = next(
                f
                for f in through._meta.fields
                if f.is_relation and f.name != target.name and f.related_model is not None
            )
            already = through._default_manager.filter(**{target.name: keep}).values_list(
                other.attname, flat=True
            )
            rows = through._default_manager.filter(**{target.name: duplicate})
            rows.filter(**{f"{other.attname}__in": list(already)}).delete()
            moved += rows.update(**{target.name: keep})
        else:
            model = relation.related_model
            moved += model._base_manager.filter(  # type: ignore[union-attr]
                **{relation.field.name: duplicate}
            ).update(**{relation.field.name: keep})
    return moved


def _merge(*, keep: models.Model, duplicate: models.Model, by: User, action: str) -> int:
    if keep.pk == duplicate.pk:
        raise MergeRefused(_("Choose two different entries to merge."))
    if not by.has_perm(MERGE):
        raise PermissionError("may not merge duplicates")
    try:
        with transaction.atomic():
            moved = _move_references(keep=keep, duplicate=duplicate)
            label = str(duplicate)
            type(duplicate)._base_manager.filter(pk=duplicate.pk).delete()
            log_action(
                actor=by,
                action=action,
                obj=keep,
                detail=f"merged #{duplicate.pk} ({label}), {moved} references moved",
            )
    except IntegrityError as error:
        raise MergeRefused(
            _(
                "These two cannot be merged yet: both are used in the same place (for example"
                " two partners of the same name). Merge those first."
            )
        ) from error
    return moved


def merge_localities(*, keep: Locality, duplicate: Locality, by: User) -> int:
    """Move every reference to ``duplicate`` (offices, contacts, partners, service paths,
    trainings, …) to ``keep`` and delete ``duplicate``; audited. Returns the rows moved."""
    clash = {
        n.lower() for n in Partner.objects.filter(locality=keep).values_list("name", flat=True)
    }
    if any(
        n.lower() in clash
        for n in Partner.objects.filter(locality=duplicate).values_list("name", flat=True)
    ):
        raise MergeRefused(
            _("Both localities have a partner of the same name: merge those partners first.")
        )
    return _merge(keep=keep, duplicate=duplicate, by=by, action="national.locality.merged")


def merge_partners(*, keep: Partner, duplicate: Partner, by: User) -> int:
    """Move the contact persons, history, service paths, trainings and referral targets of
    ``duplicate`` to ``keep`` and delete ``duplicate``; audited. Returns the rows moved."""
    with transaction.atomic():
        if duplicate.letter_of_intent and not keep.letter_of_intent:
            Partner.objects.filter(pk=keep.pk).update(
                letter_of_intent=True, letter_of_intent_on=duplicate.letter_of_intent_on
            )
        return _merge(keep=keep, duplicate=duplicate, by=by, action="national.partner.merged")
