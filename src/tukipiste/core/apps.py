from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "tukipiste.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        from tukipiste.core.auditactions import register_actions
        from tukipiste.core.models import DataKind

        register_actions(
            {
                "core.retention.changed": _("changed a retention period"),
                "core.audit.purged": _("purged old audit entries"),
            }
        )
        from tukipiste.core.retention import purge_audit_entries, register_purger

        register_purger(DataKind.AUDIT_ENTRIES, purge_audit_entries)
