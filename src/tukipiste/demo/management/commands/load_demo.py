from typing import Any

from django.core.management.base import BaseCommand

from tukipiste.demo.appointments import load_demo_appointments
from tukipiste.demo.community import load_community
from tukipiste.demo.loader import load_demo
from tukipiste.demo.national import load_national
from tukipiste.demo.outreach import load_outreach
from tukipiste.demo.users import load_demo_users
from tukipiste.records.models import Contact
from tukipiste.records.seeding import seed_contacts


class Command(BaseCommand):
    help = "Create the demo site (offices, pages in every language, news); safe to run again."

    def handle(self, *args: Any, **options: Any) -> None:
        created = load_demo()
        accounts = load_demo_users()
        # After the staff: the groups name their facilitators.
        load_community()
        load_demo_appointments()
        load_national()  # after the staff: trainings name the workers who gave them
        # A few years of anonymous contacts, so the statistics dashboard has something to show.
        if not Contact.objects.exists():
            seed_contacts(count=5000, seed=2026, years=3)
        # After the seeded contacts (which run only on an empty table): four months of
        # outreach sessions, each with its contacts.
        load_outreach()
        self.stdout.write(
            f"Demo data: {created['offices']} offices, {created['pages']} pages, "
            f"{created['saved_replies']} saved replies and {len(accounts)} staff accounts created."
        )
        if accounts:
            self.stdout.write("Demo staff accounts (the TOTP secrets are shown only now):")
            for line in accounts:
                self.stdout.write(line)
