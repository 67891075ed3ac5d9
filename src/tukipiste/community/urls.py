"""Public URLs of community activities, under the language prefix (``/fi/community/…``)."""

from django.urls import path

from tukipiste.community.views import public

urlpatterns = [
    path("calendar/", public.calendar_list, name="community_calendar"),
    path(
        "calendar/<int:year>/<int:month>/", public.calendar_month, name="community_calendar_month"
    ),
    path(
        "calendar/office/<slug:office_slug>/",
        public.calendar_list,
        name="community_office_calendar",
    ),
    path(
        "calendar/office/<slug:office_slug>/<int:year>/<int:month>/",
        public.calendar_month,
        name="community_office_calendar_month",
    ),
    path("groups/<slug:slug>/", public.group_detail, name="community_group"),
    path("groups/<slug:slug>/calendar.ics", public.feed_group, name="community_group_feed"),
    path("events/<int:pk>/", public.event_detail, name="community_event"),
    path("calendar.ics", public.feed_all, name="community_feed"),
]
