from django.urls import path

from tukipiste.records import views

urlpatterns = [
    path("", views.contact_list, name="records_contacts"),
    path("new/", views.contact_new, name="records_contact_new"),
    path("tally/", views.tally, name="records_tally"),
    path("<int:pk>/", views.contact_edit, name="records_contact_edit"),
    path("<int:pk>/delete/", views.contact_delete, name="records_contact_delete"),
    path("client-code/", views.client_code_new, name="records_client_code"),
    path("client-code/card/", views.client_code_card, name="records_client_code_card"),
]
