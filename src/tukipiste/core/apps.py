from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "tukipiste.core"
    label = "core"
