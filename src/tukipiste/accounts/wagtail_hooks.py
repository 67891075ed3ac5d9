"""Back-office entries of staff accounts: two-factor views, locked accounts, sessions."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from tukipiste.accounts import urls
from tukipiste.core.audit import log_action


@hooks.register("register_admin_urls")
def register_account_urls() -> list[Any]:
    return [path("", include(urls))]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args: Any, permission: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request: HttpRequest) -> bool:
        return bool(request.user.has_perm(self.permission))


@hooks.register("register_admin_menu_item")
def locked_accounts_menu_item() -> MenuItem:
    return PermissionMenuItem(
        _("Locked accounts"),
        reverse("accounts_locked"),
        icon_name="lock",
        order=920,
        permission="accounts.unlock_accounts",
    )


@hooks.register("register_account_menu_item")
def logout_everywhere_item(request: HttpRequest) -> dict[str, Any]:
    return {
        "url": reverse("accounts_logout_everywhere"),
        "label": _("Log out on every device"),
        "help_text": _("Ends your sessions in every browser, including this one."),
    }


@hooks.register("after_create_user")
def audit_account_created(request: Any, user: Any) -> None:
    log_action(actor=request.user, action="accounts.account.created", obj=user)


@hooks.register("after_edit_user")
def audit_account_changed(request: Any, user: Any) -> None:
    action = "accounts.account.changed" if user.is_active else "accounts.account.deactivated"
    log_action(actor=request.user, action=action, obj=user)


@hooks.register("after_delete_user")
def audit_account_deleted(request: Any, user: Any) -> None:
    log_action(
        actor=request.user,
        action="accounts.account.deleted",
        object_type="auth.user",
        object_id=user.get_username()[:64],
    )
