from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StatsConfig(AppConfig):
    name = "tukipiste.stats"
    label = "stats"
    verbose_name = _("Statistics")

    def ready(self) -> None:
        from tukipiste.core.auditactions import register_actions

        register_actions({"stats.report.exported": _("exported the annual report")})
