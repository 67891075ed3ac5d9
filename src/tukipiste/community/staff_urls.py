"""Back-office URLs of community activities (under ``/admin/community/``)."""

from django.urls import path

from tukipiste.community.views import staff

urlpatterns = [
    path("meetings/", staff.my_meetings, name="community_meetings"),
    path(
        "meetings/<int:group_pk>/<str:date>/attendance/",
        staff.record_attendance,
        name="community_attendance",
    ),
    path("groups/<int:group_pk>/meetings/", staff.group_meetings, name="community_group_meetings"),
    path(
        "groups/<int:group_pk>/meetings/<str:date>/cancel/",
        staff.cancel_meeting,
        name="community_cancel_meeting",
    ),
    path(
        "groups/<int:group_pk>/meetings/<str:date>/restore/",
        staff.restore_meeting,
        name="community_restore_meeting",
    ),
]
