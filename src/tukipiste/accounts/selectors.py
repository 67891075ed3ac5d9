"""Who a staff member is and which offices they may see: the one identity and scoping API.

Every app asks these functions instead of reading staff profiles or permissions itself, so
the rule "a worker sees their own offices, a coordinator every office" lives in one place.
The viewer is the one positional argument, as in ``contacts_visible_to(user)``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import QuerySet

from tukipiste.accounts.models import StaffProfile
from tukipiste.offices.selectors import all_offices

if TYPE_CHECKING:
    from tukipiste.offices.models import Office

Viewer = User | AnonymousUser
# A profile's chat limit when the staff member has no profile yet (the model's default).
DEFAULT_CHAT_LIMIT: int = StaffProfile._meta.get_field("chat_limit").default


def _profile(user: Viewer) -> StaffProfile | None:
    # A missing profile raises RelatedObjectDoesNotExist, an AttributeError.
    return getattr(user, "staff_profile", None)


def display_name(user: User) -> str:
    """The name clients and colleagues see: the profile's display name, else the first
    name, else the username."""
    profile = _profile(user)
    return name_from(profile.display_name if profile else "", user.first_name, user.username)


def name_from(profile_name: str | None, first_name: str, username: str) -> str:
    """``display_name`` from the three columns, for callers that read them as values."""
    return profile_name or first_name or username


def chat_limit(user: User) -> int:
    """How many chats ``user`` may hold at once."""
    profile = _profile(user)
    return profile.chat_limit if profile else DEFAULT_CHAT_LIMIT


def primary_office(user: Viewer) -> Office | None:
    """The first of the offices ``user`` works for (in display order), or None.

    Reads ``staff_profile__offices`` from a prefetch when the caller made one.
    """
    profile = _profile(user)
    if profile is None:
        return None
    return next(iter(profile.offices.all()), None)


def sees_all_offices(user: Viewer) -> bool:
    """Coordinators and administrators see every office; workers only their own."""
    return bool(user.is_active and user.has_perm("accounts.view_all_offices"))


def offices_visible_to(user: Viewer) -> QuerySet[Office]:
    """The offices whose client data ``user`` may see and record: the scope of a user."""
    if not user.is_authenticated or not user.is_active:
        return all_offices().none()
    if sees_all_offices(user):
        return all_offices()
    return all_offices().filter(staff__user=user)


def office_ids_visible_to(user: Viewer) -> set[int]:
    """The ids of ``offices_visible_to(user)``, in one query."""
    return set(offices_visible_to(user).values_list("pk", flat=True))


def in_current_generation(*, user: User, session: Mapping[str, Any]) -> bool:
    """Whether a session of ``user`` is newer than their last "log out everywhere"."""
    from tukipiste.accounts.signals import SESSION_GENERATION_KEY

    profile = getattr(user, "staff_profile", None)
    return bool(
        session.get(SESSION_GENERATION_KEY, 0) == (profile.session_generation if profile else 0)
    )


def user_of_current_session(*, user_id: int, session_key: str) -> User | None:
    """The staff user of a live, two-factor-verified session, read fresh; None otherwise.

    The same rules as a request to the back-office: the session is loaded through the
    configured engine (gone after logout, expired after the idle timeout), its user and
    password hash must still match (a changed password ends it), the account must be
    active, the session not older than the last "log out everywhere", and its second
    factor a confirmed device of this user. Long-lived connections (the chat console's
    socket) ask this again and again.
    """
    return users_of_current_sessions([(user_id, session_key)]).get((user_id, session_key))


def users_of_current_sessions(pairs: Iterable[tuple[int, str]]) -> dict[tuple[int, str], User]:
    """``user_of_current_session`` for many (user id, session key) pairs at once, in a fixed
    handful of queries however many there are: the pairs whose session still holds, with
    their users. A process's chat consoles are checked this way together."""
    from django.conf import settings
    from django.contrib.auth import HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.utils.crypto import constant_time_compare
    from django_otp import DEVICE_ID_SESSION_KEY

    wanted = {(user_id, key) for user_id, key in pairs if user_id and key}
    if not wanted:
        return {}
    sessions = _sessions(settings.SESSION_ENGINE, {key for _, key in wanted})
    claimed = {
        (user_id, key)
        for user_id, key in wanted
        if key in sessions and str(sessions[key].get(SESSION_KEY)) == str(user_id)
    }
    users = (
        get_user_model()
        .objects.select_related("staff_profile")
        .filter(pk__in={user_id for user_id, _ in claimed}, is_active=True)
        .in_bulk()
    )
    devices = _devices({str(sessions[key].get(DEVICE_ID_SESSION_KEY) or "") for _, key in claimed})
    holding: dict[tuple[int, str], User] = {}
    for user_id, key in claimed:
        data, user = sessions[key], users.get(user_id)
        if user is None or not constant_time_compare(
            str(data.get(HASH_SESSION_KEY, "")), user.get_session_auth_hash()
        ):
            continue
        if not in_current_generation(user=user, session=data):
            continue
        device = devices.get(str(data.get(DEVICE_ID_SESSION_KEY) or ""))
        if device is None or device.user_id != user.pk or not device.confirmed:
            continue
        holding[(user_id, key)] = user
    return holding


def _sessions(engine: str, keys: set[str]) -> dict[str, dict[str, Any]]:
    """The data of the live sessions among ``keys``, as the engine would load them. A
    database-backed engine is read in one query (the database is its record: ``cached_db``
    writes through to it); any other engine one session at a time."""
    from importlib import import_module

    from django.utils import timezone

    store_class = import_module(engine).SessionStore
    if not hasattr(store_class, "get_model_class"):
        loaded = {key: store_class(key).load() for key in keys}
        return {key: data for key, data in loaded.items() if data}
    rows = store_class.get_model_class().objects.filter(
        session_key__in=keys, expire_date__gt=timezone.now()
    )
    store = store_class()
    return {row.session_key: store.decode(row.session_data) for row in rows}


def _devices(persistent_ids: set[str]) -> dict[str, Any]:
    """The second-factor devices named by ``persistent_ids`` ("app_label.model/pk", as
    django-otp's ``Device.persistent_id``), one query per kind of device; an id that names
    nothing is left out."""
    from django.apps import apps
    from django_otp.models import Device

    wanted: dict[type[Device], set[int]] = {}
    for persistent_id in persistent_ids:
        label, _, pk = persistent_id.rpartition("/")
        try:
            model = apps.get_model(label)
            number = int(pk)
        except (ValueError, LookupError):
            continue
        if issubclass(model, Device):
            wanted.setdefault(model, set()).add(number)
    return {
        device.persistent_id: device
        for model, pks in wanted.items()
        for device in model.objects.filter(pk__in=pks)
    }
