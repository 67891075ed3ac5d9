"""Back-office URLs of the national project (under ``/admin/national/``)."""

from django.urls import path

from tukipiste.national.views import staff

urlpatterns = [
    path("service-paths/", staff.service_paths, name="national_service_paths"),
    path("localities/", staff.localities, name="national_localities"),
    path("indicators/", staff.indicator_page, name="national_indicators"),
    path("duplicates/", staff.duplicates, name="national_duplicates"),
    path("duplicates/merge/", staff.merge, name="national_merge"),
]
