"""Public URLs of the national project, under the language prefix."""

from django.urls import path

from tukipiste.national.views import public

urlpatterns = [
    path("", public.help_in_your_town, name="national_help_in_your_town"),
    path("<slug:slug>/", public.town, name="national_town"),
]
