"""The referral entries of the contact records become references to kinds of partner.

Each entry of the records' referral list gets a target saying which kind of partner it
leads to (coordinators may later point it at one partner). The entries and the contacts'
links to them are not touched: no past contact loses its referral, and the statistics keep
their keys. Backwards, the targets are removed and the records stay as they were.
"""

from django.db import migrations

# Frozen here (a migration must not change when the app's code does).
CODE_KINDS = {
    "health-centre": "health",
    "sexual-health-clinic": "sexual_health",
    "hiv-organisation": "ngo",
    "mental-health": "mental_health",
    "substance-use": "substance_use",
    "social-services": "social_services",
    "housing": "housing",
    "legal-aid": "legal",
    "immigration": "immigration",
    "trafficking-assistance": "victim_support",
    "shelter": "crisis_help",
    "police": "police",
    "other": "ngo",
}


def link_referrals(apps, schema_editor):
    Category = apps.get_model("records", "Category")
    ReferralTarget = apps.get_model("national", "ReferralTarget")
    for category in Category.objects.filter(kind="referral"):
        ReferralTarget.objects.get_or_create(
            category=category,
            defaults={"partner_kind": CODE_KINDS.get(category.code, "other")},
        )


def unlink_referrals(apps, schema_editor):
    apps.get_model("national", "ReferralTarget").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("national", "0001_initial"),
        ("records", "0003_seed_categories"),
    ]
    operations = [migrations.RunPython(link_referrals, unlink_referrals)]
