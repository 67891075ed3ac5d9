from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "tukipiste.demo"
    label = "demo"
    verbose_name = "Demo data"
