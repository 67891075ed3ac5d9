"""Lock-out after guessed passwords, without letting a stranger lock the staff out.

django-axes counts failures per pair of username and client address (decision 0008). The
address is never stored: axes gets a daily-salted hash of it, shaped as a private IPv6
address because that is the field it keeps. Each lock-out of the same pair within a day
doubles the cool-off, up to ``LOGIN_COOL_OFF_MAX_MINUTES``; administrators are told when an
account is being guessed at and can unlock it at once.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import logging
from typing import Any

from axes.signals import user_locked_out
from django.conf import settings
from django.core.cache import cache
from django.core.mail import send_mail
from django.dispatch import receiver
from django.http import HttpRequest
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from tukipiste.core import ratelimit

log = logging.getLogger(__name__)
BASE_MINUTES = 5
DAY = 24 * 3600


def client_token(request: HttpRequest) -> str:
    """The client's address as axes stores it: a daily-salted hash in the fd00::/8 range."""
    digest = ratelimit.client_fingerprint(request)  # 32 hex digits
    return str(ipaddress.IPv6Address(int("fd" + digest[:30], 16)))


def _pair_key(username: str, token: str) -> str:
    return f"lockouts:{ratelimit.address_fingerprint(username + '|' + token)}"


def _username(request: HttpRequest | None) -> str:
    if request is None:
        return ""
    credentials = getattr(request, "axes_credentials", None) or {}
    name = credentials.get("username") or request.POST.get("username", "")
    return str(name)[:150]


def cool_off(request: HttpRequest | None = None) -> dt.timedelta:
    """How long this username and address stay locked: doubling with each lock-out today."""
    if request is None:
        return dt.timedelta(minutes=BASE_MINUTES)
    token = getattr(request, "axes_ip_address", None) or client_token(request)
    return _delay(_lockouts(_pair_key(_username(request), token))[0])


def _lockouts(key: str) -> tuple[int, float]:
    """How many times the pair was locked out today, and until when the last one lasts."""
    value = cache.get(key)
    if isinstance(value, (list, tuple)) and len(value) == 2:
        return int(value[0]), float(value[1])
    return 0, 0.0


def _delay(lockouts: int) -> dt.timedelta:
    minutes = BASE_MINUTES * 2 ** max(0, lockouts - 1)
    return dt.timedelta(minutes=min(minutes, settings.LOGIN_COOL_OFF_MAX_MINUTES))


def record_lockout(*, request: HttpRequest, username: str, token: str) -> None:
    """Count the lock-out for the growing delay, audit it and tell the administrators."""
    from tukipiste.core.audit import log_action

    key = _pair_key(username, token)
    count, until = _lockouts(key)
    now = timezone.now().timestamp()
    # axes signals again for every refused try while locked; only a new lock-out counts.
    if now < until:
        return
    count += 1
    cache.set(key, (count, now + _delay(count).total_seconds()), timeout=DAY)
    log_action(
        actor=None,
        action="accounts.account.locked_out",
        object_type="auth.user",
        object_id=username[:64],
    )
    # One message per account and hour, however many addresses are guessing.
    if cache.add(f"lockout-mail:{username}", 1, timeout=3600):
        notify_administrators(username=username)


def notify_administrators(*, username: str) -> int:
    """E-mail every active administrator who can unlock accounts, in their language."""
    from django.contrib.auth import get_user_model

    users = (
        get_user_model()
        .objects.with_perm(
            "accounts.unlock_accounts",
            is_active=True,
            include_superusers=True,
            backend="django.contrib.auth.backends.ModelBackend",  # the one that grants roles
        )
        .exclude(email="")
        .select_related("wagtail_userprofile")
    )
    sent = 0
    for user in users:
        profile = getattr(user, "wagtail_userprofile", None)
        language = profile.get_preferred_language() if profile else None
        with translation.override(language or settings.LANGUAGE_CODE):
            subject = _("Someone is guessing the password of %(username)s") % {"username": username}
            body = _(
                "Repeated wrong passwords locked the account %(username)s from one address. "
                "The person who owns it can still log in from elsewhere. If this goes on, "
                "or the owner cannot log in, see Locked accounts in the back-office."
            ) % {"username": username}
        sent += send_mail(subject, body, None, [user.email], fail_silently=True)
    return sent


def accounts_under_attack() -> list[dict[str, Any]]:
    """Usernames with locked pairs now: how many addresses locked them and when last."""
    from axes.models import AccessAttempt
    from django.db.models import Count, Max

    rows = (
        AccessAttempt.objects.filter(failures_since_start__gte=settings.AXES_FAILURE_LIMIT)
        .values("username")
        .annotate(addresses=Count("ip_address", distinct=True), last=Max("attempt_time"))
        .order_by("-last")
    )
    return list(rows)


@receiver(user_locked_out)
def _on_locked_out(
    sender: Any, request: HttpRequest, username: str, ip_address: str, **kwargs: Any
) -> None:
    record_lockout(request=request, username=username or "", token=ip_address or "")
