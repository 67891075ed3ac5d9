"""The first category lists, in Finnish, Swedish and English. Coordinators edit them later."""

from django.db import migrations

# kind: [(code, fi, sv, en), ...]
LISTS = {
    "age_band": [
        ("under-18", "Alle 18", "Under 18", "Under 18"),
        ("18-24", "18–24", "18–24", "18–24"),
        ("25-34", "25–34", "25–34", "25–34"),
        ("35-44", "35–44", "35–44", "35–44"),
        ("45-54", "45–54", "45–54", "45–54"),
        ("55-plus", "55+", "55+", "55+"),
        ("unknown", "Ei tiedossa", "Okänd", "Not known"),
    ],
    "gender": [
        ("woman", "Nainen", "Kvinna", "Woman"),
        ("man", "Mies", "Man", "Man"),
        ("trans", "Trans", "Trans", "Trans"),
        ("non-binary", "Muunsukupuolinen", "Icke-binär", "Non-binary"),
        ("unknown", "Ei tiedossa", "Okänd", "Not known"),
    ],
    "work_environment": [
        ("street", "Katu", "Gatan", "Street"),
        ("apartment", "Asunto", "Lägenhet", "Apartment"),
        ("club-bar", "Klubi tai baari", "Klubb eller bar", "Club or bar"),
        ("escort", "Escort", "Escort", "Escort"),
        ("online", "Verkko", "Nätet", "Online"),
        ("unknown", "Ei tiedossa", "Okänd", "Not known"),
    ],
    "language": [
        ("fi", "suomi", "finska", "Finnish"),
        ("sv", "ruotsi", "svenska", "Swedish"),
        ("en", "englanti", "engelska", "English"),
        ("ru", "venäjä", "ryska", "Russian"),
        ("th", "thai", "thailändska", "Thai"),
        ("es", "espanja", "spanska", "Spanish"),
        ("ro", "romania", "rumänska", "Romanian"),
        ("et", "viro", "estniska", "Estonian"),
        ("uk", "ukraina", "ukrainska", "Ukrainian"),
        ("bg", "bulgaria", "bulgariska", "Bulgarian"),
        ("zh", "kiina", "kinesiska", "Chinese"),
        ("vi", "vietnam", "vietnamesiska", "Vietnamese"),
        ("pt", "portugali", "portugisiska", "Portuguese"),
        ("fr", "ranska", "franska", "French"),
        ("ar", "arabia", "arabiska", "Arabic"),
        ("hu", "unkari", "ungerska", "Hungarian"),
        ("other", "muu kieli", "annat språk", "Other language"),
    ],
    "topic": [
        ("health", "Terveys", "Hälsa", "Health"),
        ("sexual-health", "Seksuaaliterveys", "Sexuell hälsa", "Sexual health"),
        ("safety-violence", "Turvallisuus ja väkivalta", "Säkerhet och våld", "Safety and violence"),
        ("legal-residence", "Oikeudelliset asiat ja oleskelu", "Juridik och uppehållsrätt", "Legal matters and residence"),
        ("housing", "Asuminen", "Boende", "Housing"),
        ("money", "Raha-asiat", "Ekonomi", "Money"),
        ("substance-use", "Päihteet", "Substansbruk", "Substance use"),
        ("mental-health", "Mielenterveys", "Psykisk hälsa", "Mental health"),
        ("trafficking", "Merkkejä ihmiskaupasta tai pakottamisesta", "Tecken på människohandel eller tvång", "Signs of trafficking or coercion"),
        ("leaving", "Seksityöstä irtautuminen", "Att lämna sexarbetet", "Leaving sex work"),
        ("other", "Muu", "Annat", "Other"),
    ],
    "service": [
        ("counselling", "Neuvonta ja ohjaus", "Rådgivning", "Counselling"),
        ("testing", "Testaus", "Testning", "Testing"),
        ("accompaniment", "Saattaminen", "Följeslagning", "Accompaniment"),
        ("referral", "Ohjaus toiseen palveluun", "Hänvisning", "Referral"),
        ("harm-reduction", "Haittojen vähentäminen", "Skademinimering", "Harm reduction"),
        ("legal-advice", "Oikeudellinen neuvonta", "Juridisk rådgivning", "Legal advice"),
        ("practical-help", "Käytännön apu (asiakirjat, lomakkeet)", "Praktisk hjälp (dokument, blanketter)", "Practical help (documents, forms)"),
        ("crisis", "Kriisiapu", "Krisstöd", "Crisis support"),
        ("vaccination", "Rokotus", "Vaccination", "Vaccination"),
        ("other", "Muu", "Annat", "Other"),
    ],
    "supply": [
        ("condoms", "Kondomit", "Kondomer", "Condoms"),
        ("internal-condoms", "Sisäkondomit", "Innerkondomer", "Internal condoms"),
        ("lubricant", "Liukuvoide", "Glidmedel", "Lubricant"),
        ("pregnancy-test", "Raskaustesti", "Graviditetstest", "Pregnancy test"),
        ("leaflet-fi", "Esite (suomi)", "Broschyr (finska)", "Leaflet (Finnish)"),
        ("leaflet-sv", "Esite (ruotsi)", "Broschyr (svenska)", "Leaflet (Swedish)"),
        ("leaflet-en", "Esite (englanti)", "Broschyr (engelska)", "Leaflet (English)"),
        ("leaflet-ru", "Esite (venäjä)", "Broschyr (ryska)", "Leaflet (Russian)"),
        ("leaflet-th", "Esite (thai)", "Broschyr (thailändska)", "Leaflet (Thai)"),
        ("leaflet-es", "Esite (espanja)", "Broschyr (spanska)", "Leaflet (Spanish)"),
        ("leaflet-ro", "Esite (romania)", "Broschyr (rumänska)", "Leaflet (Romanian)"),
    ],
    "referral": [
        ("health-centre", "Terveysasema", "Hälsostation", "Health centre"),
        ("sexual-health-clinic", "Seksuaaliterveyden poliklinikka", "Mottagning för sexuell hälsa", "Sexual health clinic"),
        ("hiv-organisation", "HIV-järjestö", "Hivorganisation", "HIV organisation"),
        ("mental-health", "Mielenterveyspalvelut", "Mentalvårdstjänster", "Mental health services"),
        ("substance-use", "Päihdepalvelut", "Missbruksvård", "Substance use services"),
        ("social-services", "Sosiaalipalvelut", "Socialtjänsten", "Social services"),
        ("housing", "Asumispalvelut", "Boendetjänster", "Housing services"),
        ("legal-aid", "Oikeusapu", "Rättshjälp", "Legal aid"),
        ("immigration", "Maahanmuuttopalvelut", "Migrationstjänster", "Immigration services"),
        ("trafficking-assistance", "Ihmiskaupan uhrien auttamisjärjestelmä", "Hjälpsystemet för offer för människohandel", "Assistance for victims of trafficking"),
        ("shelter", "Turvakoti", "Skyddshem", "Shelter"),
        ("police", "Poliisi", "Polisen", "Police"),
        ("other", "Muu järjestö", "Annan organisation", "Other organisation"),
    ],
}


def seed(apps, schema_editor):
    Category = apps.get_model("records", "Category")
    for kind, entries in LISTS.items():
        for order, (code, fi, sv, en) in enumerate(entries):
            Category.objects.get_or_create(
                kind=kind,
                code=code,
                defaults={"label_fi": fi, "label_sv": sv, "label_en": en, "sort_order": order},
            )


class Migration(migrations.Migration):
    dependencies = [("records", "0002_categories_client_codes_rollups")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
