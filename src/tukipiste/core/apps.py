from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "tukipiste.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        from tukipiste.core.models import DataKind
        from tukipiste.core.retention import purge_audit_entries, register_purger

        register_purger(DataKind.AUDIT_ENTRIES, purge_audit_entries)
