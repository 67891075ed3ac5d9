from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    name = "tukipiste.community"
    label = "community"
    verbose_name = _("Community activities")

    def ready(self) -> None:
        from tukipiste.core.auditactions import register_actions

        register_actions(
            {
                "community.meeting.cancelled": _("cancelled a group meeting"),
                "community.meeting.restored": _("restored a cancelled group meeting"),
                "community.attendance.recorded": _("recorded the attendance of a meeting"),
            }
        )
