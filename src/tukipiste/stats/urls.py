from django.urls import path, register_converter

from tukipiste.stats import views


class ExportFormat:
    regex = "csv|xlsx"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(ExportFormat, "export_format")

urlpatterns = [
    path("", views.dashboard, name="stats_dashboard"),
    path("report.<export_format:fmt>", views.export_report, name="stats_export_report"),
    path("contacts.<export_format:fmt>", views.export_contacts, name="stats_export_contacts"),
]
