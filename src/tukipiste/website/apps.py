from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebsiteConfig(AppConfig):
    name = "tukipiste.website"
    label = "website"
    verbose_name = _("Public site")

    def ready(self) -> None:
        from tukipiste.core.auditactions import register_actions
        from tukipiste.core.models import DataKind

        register_actions(
            {
                "website.feedback.listed": _("listed feedback"),
                "website.feedback.viewed": _("read feedback"),
                "website.feedback.changed": _("handled feedback"),
            }
        )
        from tukipiste.core.retention import register_purger
        from tukipiste.website.services import purge_feedback_contacts

        register_purger(DataKind.FEEDBACK_CONTACTS, purge_feedback_contacts)

        from tukipiste.website.structure import connect_signals

        connect_signals()
