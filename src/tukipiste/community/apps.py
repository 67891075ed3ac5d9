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
        from django.db.models.signals import post_delete, post_save

        from tukipiste.community.caching import new_version

        # A cached calendar or feed is never older than the data it shows.
        for model in (
            "community.Group",
            "community.MeetingChange",
            "community.Event",
            "offices.Office",
            "offices.OfficeException",
        ):
            for signal in (post_save, post_delete):
                signal.connect(new_version, sender=model, dispatch_uid=f"community-{model}")
