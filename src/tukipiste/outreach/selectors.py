"""Reads of outreach sessions, named for the viewer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Count, Prefetch, Q, QuerySet, Sum
from django.utils import timezone

from tukipiste.accounts.selectors import offices_visible_to, sees_all_offices
from tukipiste.outreach.models import (
    Environment,
    Forum,
    OutreachSession,
    SessionContact,
    SessionSupply,
)

Viewer = User | AnonymousUser
LOG = "outreach.add_outreachsession"
VIEW = "outreach.view_outreachsession"
CHANGE = "outreach.change_outreachsession"
SUMMARY = "outreach.view_outreach_summary"


def _took_part(user: Viewer) -> Q:
    return Q(
        pk__in=OutreachSession.objects.filter(Q(workers=user) | Q(recorded_by=user)).values("pk")
    )


def sessions_visible_to(user: Viewer) -> QuerySet[OutreachSession]:
    """Coordinators see every session; workers those of their offices and those they took
    part in; peer workers those they took part in. Editors none."""
    if not user.is_authenticated or not user.is_active:
        return OutreachSession.objects.none()
    if user.has_perm(VIEW):
        if sees_all_offices(user):
            return OutreachSession.objects.all()
        return OutreachSession.objects.filter(
            Q(office__in=offices_visible_to(user)) | _took_part(user)
        )
    if user.has_perm(LOG):
        return OutreachSession.objects.filter(_took_part(user))
    return OutreachSession.objects.none()


def sessions_editable_by(user: Viewer) -> QuerySet[OutreachSession]:
    """The workers and peer workers who took part (or logged it) correct a session;
    coordinators any."""
    if not user.is_authenticated or not user.is_active or not user.has_perm(CHANGE):
        return OutreachSession.objects.none()
    if sees_all_offices(user):
        return OutreachSession.objects.all()
    return OutreachSession.objects.filter(_took_part(user))


def session_list_for(
    user: Viewer,
    *,
    first: dt.date | None = None,
    last: dt.date | None = None,
    locality_id: int | None = None,
    environment: str = "",
) -> QuerySet[OutreachSession]:
    """The back-office list: the viewer's sessions in a period (local days, both included),
    with what a row shows fetched at once."""
    sessions = sessions_visible_to(user)
    zone = timezone.get_current_timezone()
    if first is not None:
        sessions = sessions.filter(starts_at__gte=dt.datetime.combine(first, dt.time(), zone))
    if last is not None:
        after = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), zone)
        sessions = sessions.filter(starts_at__lt=after)
    if locality_id is not None:
        sessions = sessions.filter(locality_id=locality_id)
    if environment in Environment.values:
        sessions = sessions.filter(environment=environment)
    return (
        sessions.select_related("locality", "office", "forum", "recorded_by")
        .prefetch_related("workers")
        .annotate(contact_count=Count("contact_links", distinct=True))
        .order_by("-starts_at", "-pk")
    )


def session_detail(pk: int, *, user: Viewer) -> OutreachSession | None:
    """One session the viewer may see, with its supplies, workers and contact count."""
    return (
        sessions_visible_to(user)
        .filter(pk=pk)
        .select_related("locality", "office", "forum", "recorded_by")
        .prefetch_related(
            Prefetch("workers", queryset=get_user_model().objects.select_related("staff_profile")),
            Prefetch("supplies", queryset=SessionSupply.objects.select_related("category")),
        )
        .annotate(contact_count=Count("contact_links", distinct=True))
        .first()
    )


def linked_contacts(session: OutreachSession) -> QuerySet[SessionContact]:
    """The links to the contacts recorded in ``session``, with what a row shows."""
    return (
        SessionContact.objects.filter(session=session)
        .select_related("contact__gender", "contact__age_band")
        .order_by("pk")
    )


def forums_for_forms() -> list[Forum]:
    """Every forum (one query); forms offer the active ones and the one a session names."""
    return list(Forum.objects.order_by("sort_order", "name"))


def staff_who_do_outreach() -> QuerySet[User]:
    """Staff who may be named as having taken part in a session."""
    return (
        get_user_model()
        .objects.filter(
            is_active=True,
            groups__permissions__content_type__app_label="outreach",
            groups__permissions__codename="add_outreachsession",
        )
        .select_related("staff_profile")
        .distinct()
        .order_by("first_name", "username")
    )


@dataclass(frozen=True)
class ForumRow:
    forum: Forum
    sessions: int
    messaged: int
    answered: int
    contacts: int

    @property
    def answer_rate(self) -> int | None:
        """Percent of the people messaged who answered."""
        return round(100 * self.answered / self.messaged) if self.messaged else None


def forum_summary(*, first: dt.date, last: dt.date) -> list[ForumRow]:
    """Online outreach per forum over local days ``first`` to ``last``: sessions, people
    messaged, people who answered and the contacts that followed (two queries)."""
    zone = timezone.get_current_timezone()
    online = OutreachSession.objects.filter(
        environment=Environment.ONLINE,
        starts_at__gte=dt.datetime.combine(first, dt.time(), zone),
        starts_at__lt=dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), zone),
    )
    sums = {
        row["forum_id"]: row
        for row in online.values("forum_id").annotate(
            sessions=Count("pk"), messaged=Sum("messaged"), answered=Sum("answered")
        )
    }
    contacts = dict(
        SessionContact.objects.filter(session__in=online)
        .values("session__forum_id")
        .annotate(n=Count("pk"))
        .values_list("session__forum_id", "n")
    )
    rows = []
    for forum in Forum.objects.filter(Q(active=True) | Q(pk__in=list(sums))):
        row = sums.get(forum.pk, {})
        rows.append(
            ForumRow(
                forum=forum,
                sessions=row.get("sessions", 0),
                messaged=row.get("messaged") or 0,
                answered=row.get("answered") or 0,
                contacts=contacts.get(forum.pk, 0),
            )
        )
    return rows
