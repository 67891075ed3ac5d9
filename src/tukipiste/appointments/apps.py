from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AppointmentsConfig(AppConfig):
    name = "tukipiste.appointments"
    label = "appointments"
    verbose_name = _("Appointments")

    def ready(self) -> None:
        from tukipiste.appointments import services
        from tukipiste.core.auditactions import register_actions
        from tukipiste.core.models import DataKind
        from tukipiste.core.retention import register_purger

        register_actions(
            {
                "appointments.appointment.listed": _("listed appointments"),
                "appointments.appointment.cancelled": _("cancelled an appointment"),
                "appointments.appointment.attended": _("marked an appointment attended"),
                "appointments.appointment.no_show": _("marked an appointment as not attended"),
            }
        )
        register_purger(DataKind.APPOINTMENTS, services.purge_appointments)
