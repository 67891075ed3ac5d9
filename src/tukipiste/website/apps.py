from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebsiteConfig(AppConfig):
    name = "tukipiste.website"
    label = "website"
    verbose_name = _("Public site")

    def ready(self) -> None:
        from tukipiste.core.models import DataKind
        from tukipiste.core.retention import register_purger
        from tukipiste.website.services import purge_feedback_contacts

        register_purger(DataKind.FEEDBACK_CONTACTS, purge_feedback_contacts)
