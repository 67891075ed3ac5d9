from typing import Any

from django.core.management.base import BaseCommand

from tukipiste.demo.loader import load_demo


class Command(BaseCommand):
    help = "Create the demo site (offices, pages in every language, news); safe to run again."

    def handle(self, *args: Any, **options: Any) -> None:
        created = load_demo()
        self.stdout.write(
            f"Demo data: {created['offices']} offices and {created['pages']} pages created."
        )
