from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutreachConfig(AppConfig):
    name = "tukipiste.outreach"
    label = "outreach"
    verbose_name = _("Outreach")

    def ready(self) -> None:
        from tukipiste.core.auditactions import register_actions
        from tukipiste.outreach.rollups import supplies_select
        from tukipiste.records.rollups import register_source

        register_source("outreach_supplies", supplies_select)

        register_actions(
            {
                "outreach.session.created": _("logged an outreach session"),
                "outreach.session.changed": _("corrected an outreach session"),
                "outreach.session.viewed": _("opened an outreach session"),
                "outreach.session.listed": _("listed outreach sessions"),
                "outreach.forum.created": _("added an online forum"),
                "outreach.forum.changed": _("changed an online forum"),
                "outreach.summary.viewed": _("viewed the online outreach summary"),
            }
        )
