"""Back-office URLs of outreach (under ``/admin/outreach/``)."""

from django.urls import path

from tukipiste.outreach import views

urlpatterns = [
    path("", views.session_list, name="outreach_sessions"),
    path("new/", views.session_new, name="outreach_session_new"),
    path("<int:pk>/", views.session_detail, name="outreach_session"),
    path("<int:pk>/edit/", views.session_edit, name="outreach_session_edit"),
    path("forums/", views.forum_summary, name="outreach_forum_summary"),
]
