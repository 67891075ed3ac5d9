from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RecordsConfig(AppConfig):
    name = "tukipiste.records"
    label = "records"
    verbose_name = _("Contact records")

    def ready(self) -> None:
        from tukipiste.core.auditactions import register_actions

        register_actions(
            {
                "records.contact.created": _("recorded a contact"),
                "records.contact.changed": _("corrected a contact"),
                "records.contact.deleted": _("deleted a contact"),
                "records.contact.viewed": _("opened a contact"),
                "records.contact.listed": _("listed contacts"),
                "records.contact.exported": _("exported contacts"),
                "records.clientcode.created": _("created a client code"),
                "records.category.created": _("added a contact category"),
                "records.category.changed": _("changed a contact category"),
            }
        )
