from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NationalConfig(AppConfig):
    name = "tukipiste.national"
    label = "national"
    verbose_name = _("National project")

    def ready(self) -> None:
        from tukipiste.core.auditactions import register_actions

        register_actions(
            {
                "national.locality.merged": _("merged a duplicate locality into another"),
                "national.partner.merged": _("merged a duplicate partner into another"),
            }
        )
