"""A contact's locality becomes a place from the shared list instead of free text.

Each distinct text becomes one locality, or joins an existing one whose Finnish or Swedish
name it matches (ignoring case and spacing), so every contact keeps the place it named.
Towns the organisation is known to visit get their Swedish name and region at once; any
other text becomes a locality of its own, with no region, for an editor to complete.
The old column is removed by the next migration: PostgreSQL does not alter a table in the
transaction that has just updated its foreign keys.
"""

import django.db.models.deletion
from django.db import migrations, models
from django.utils.text import slugify

# Finnish name: (Swedish name, region). Frozen here: a migration must not change when the
# demo data does.
KNOWN = {
    "Helsinki": ("Helsingfors", "uusimaa"),
    "Espoo": ("Esbo", "uusimaa"),
    "Vantaa": ("Vanda", "uusimaa"),
    "Porvoo": ("Borgå", "uusimaa"),
    "Turku": ("Åbo", "varsinais-suomi"),
    "Salo": ("Salo", "varsinais-suomi"),
    "Pori": ("Björneborg", "satakunta"),
    "Rauma": ("Raumo", "satakunta"),
    "Hämeenlinna": ("Tavastehus", "kanta-hame"),
    "Tampere": ("Tammerfors", "pirkanmaa"),
    "Lahti": ("Lahtis", "paijat-hame"),
    "Kouvola": ("Kouvola", "kymenlaakso"),
    "Kotka": ("Kotka", "kymenlaakso"),
    "Lappeenranta": ("Villmanstrand", "etela-karjala"),
    "Mikkeli": ("S:t Michel", "etela-savo"),
    "Savonlinna": ("Nyslott", "etela-savo"),
    "Kuopio": ("Kuopio", "pohjois-savo"),
    "Joensuu": ("Joensuu", "pohjois-karjala"),
    "Jyväskylä": ("Jyväskylä", "keski-suomi"),
    "Seinäjoki": ("Seinäjoki", "etela-pohjanmaa"),
    "Vaasa": ("Vasa", "pohjanmaa"),
    "Kokkola": ("Karleby", "keski-pohjanmaa"),
    "Oulu": ("Uleåborg", "pohjois-pohjanmaa"),
    "Kajaani": ("Kajana", "kainuu"),
    "Rovaniemi": ("Rovaniemi", "lappi"),
    "Tornio": ("Torneå", "lappi"),
    "Maarianhamina": ("Mariehamn", "ahvenanmaa"),
}
SLUG_LENGTH = 80


def _tidy(text):
    return " ".join(text.split())


def _key(text):
    return _tidy(text).casefold()


def _unique_slug(name, taken):
    base = slugify(name)[: SLUG_LENGTH - 8] or "locality"
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    taken.add(slug)
    return slug


def texts_to_localities(apps, schema_editor):
    Contact = apps.get_model("records", "Contact")
    Locality = apps.get_model("offices", "Locality")
    by_name = {}
    for locality in Locality.objects.all():
        by_name.setdefault(_key(locality.name_fi), locality)
        by_name.setdefault(_key(locality.name_sv), locality)
    known = {}
    for name_fi, (name_sv, region) in KNOWN.items():
        known[_key(name_fi)] = (name_fi, name_sv, region)
        known.setdefault(_key(name_sv), (name_fi, name_sv, region))
    taken = set(Locality.objects.values_list("slug", flat=True))
    # No ordering: the model's default ordering would make DISTINCT select its column too.
    texts = set(
        Contact.objects.order_by().values_list("locality_text", flat=True).distinct()
    )
    for text in sorted(texts):
        key = _key(text)
        if not key:
            continue
        name_fi, name_sv, region = known.get(key, (_tidy(text), _tidy(text), ""))
        locality = by_name.get(key) or by_name.get(_key(name_fi)) or by_name.get(_key(name_sv))
        if locality is None:
            locality = Locality.objects.create(
                name_fi=name_fi,
                name_sv=name_sv,
                region=region,
                slug=_unique_slug(name_fi, taken),
            )
            by_name.setdefault(_key(name_fi), locality)
            by_name.setdefault(_key(name_sv), locality)
        Contact.objects.filter(locality_text=text).update(locality=locality)


def localities_to_texts(apps, schema_editor):
    Contact = apps.get_model("records", "Contact")
    Locality = apps.get_model("offices", "Locality")
    used = Contact.objects.exclude(locality=None).order_by().values_list("locality", flat=True)
    for pk, name in Locality.objects.filter(pk__in=used).values_list("pk", "name_fi"):
        Contact.objects.filter(locality=pk).update(locality_text=name)


class Migration(migrations.Migration):
    dependencies = [
        ("offices", "0003_locality"),
        ("records", "0004_offices_app"),
    ]

    operations = [
        migrations.RenameField(model_name="contact", old_name="locality", new_name="locality_text"),
        migrations.AddField(
            model_name="contact",
            name="locality",
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name="contacts", to="offices.locality", verbose_name="locality"),
        ),
        migrations.RunPython(texts_to_localities, localities_to_texts),
    ]
