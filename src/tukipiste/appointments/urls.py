from django.urls import path

from tukipiste.appointments import staff

urlpatterns = [
    path("", staff.agenda, name="appointments_agenda"),
    path("<int:pk>/mark/", staff.mark, name="appointments_mark"),
]
