"""Remember, at login, which generation of sessions this one belongs to."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest

SESSION_GENERATION_KEY = "tukipiste_session_generation"


@receiver(user_logged_in)
def remember_session_generation(
    sender: Any, request: HttpRequest, user: Any, **kwargs: Any
) -> None:
    from tukipiste.accounts.services import ensure_profile

    request.session[SESSION_GENERATION_KEY] = ensure_profile(user=user).session_generation
