from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OfficesConfig(AppConfig):
    name = "tukipiste.offices"
    label = "offices"
    verbose_name = _("Offices and localities")

    def ready(self) -> None:
        from tukipiste.offices.models import Locality, Office, OfficeException, OfficeHours
        from tukipiste.offices.selectors import HOURS

        HOURS.follow([Office, OfficeHours, OfficeException, Locality])
