"""Remember, at login, which generation of sessions this one belongs to."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import m2m_changed, post_save
from django.dispatch import Signal, receiver
from django.http import HttpRequest

SESSION_GENERATION_KEY = "tukipiste_session_generation"

# Sent (after commit) when a staff member's access may have shrunk: a logout, "log out
# everywhere", deactivation, a changed role. Listeners such as the chat console's sockets
# check their session again at once. Arguments: ``user_id``.
staff_access_changed = Signal()


@receiver(user_logged_in)
def remember_session_generation(
    sender: Any, request: HttpRequest, user: Any, **kwargs: Any
) -> None:
    from tukipiste.accounts.services import ensure_profile

    request.session[SESSION_GENERATION_KEY] = ensure_profile(user=user).session_generation


@receiver(post_save, sender=get_user_model())
def _account_saved(sender: Any, instance: Any, created: bool, **kwargs: Any) -> None:
    update_fields = kwargs.get("update_fields")
    if update_fields and set(update_fields) <= {"last_login"}:
        return  # every login saves this; it takes no access away
    if not created:
        from tukipiste.accounts.services import access_changed

        access_changed(user_id=instance.pk)


@receiver(m2m_changed, sender=get_user_model().groups.through)
def _roles_changed(sender: Any, instance: Any, action: str, **kwargs: Any) -> None:
    if action not in ("post_remove", "post_clear"):
        return
    from tukipiste.accounts.services import access_changed

    if isinstance(instance, get_user_model()):
        access_changed(user_id=instance.pk)
    else:  # removed from the group's side: every user named
        for user_id in kwargs.get("pk_set") or ():
            access_changed(user_id=user_id)
