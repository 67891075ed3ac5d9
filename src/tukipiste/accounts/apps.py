from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _sync_roles_after_migrate(sender: AppConfig, **kwargs: Any) -> None:
    from django.apps import apps
    from django.contrib.auth.management import create_permissions

    from tukipiste.accounts.services import sync_roles

    # Django creates each app's permissions after that app's post_migrate; the roles need
    # all of them now, so create the rest first (idempotent).
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=kwargs.get("using", "default"))
    sync_roles()


class AccountsConfig(AppConfig):
    name = "tukipiste.accounts"
    label = "accounts"
    verbose_name = _("Staff accounts")

    def ready(self) -> None:
        from tukipiste.accounts import lockout, signals  # noqa: F401
        from tukipiste.core.auditactions import register_actions

        register_actions(
            {
                "accounts.account.created": _("created a staff account"),
                "accounts.account.changed": _("changed a staff account"),
                "accounts.account.deactivated": _("deactivated a staff account"),
                "accounts.account.deleted": _("deleted a staff account"),
                "accounts.account.locked_out": _("locked out after wrong passwords"),
                "accounts.account.unlocked": _("unlocked a staff account"),
                "accounts.session.ended_everywhere": _("logged out on every device"),
            }
        )

        # Permissions are created after migrations; the roles pick them up each time.
        post_migrate.connect(_sync_roles_after_migrate, sender=self)
