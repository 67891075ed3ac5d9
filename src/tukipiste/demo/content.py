"""Demo texts (placeholder, replaced by the full multilingual content)."""

import datetime as dt

HOME = {
    "fi": {"title": "Tukea ja terveyspalveluja seksityötä tekeville", "lead": "Maksutonta ja nimetöntä."},
    "en": {"title": "Support and health services for people in sex work", "lead": "Free and anonymous."},
}
PAGES = [
    {"slug": "services", "kind": "content", "in_menu": True, "text": {
        "fi": {"title": "Palvelut", "summary": "Mitä teemme.", "body": [("heading", "Drop-in"), ("paragraph", "<p>Tule käymään.</p>"), ("duty_hours", {"service": "drop_in"})]},
        "en": {"title": "Services", "summary": "What we do.", "body": [("heading", "Drop-in"), ("paragraph", "<p>Come by.</p>"), ("callout", {"title": "Note", "text": "<p>Free.</p>"})]},
    }},
    {"slug": "offices", "kind": "offices", "in_menu": True, "text": {
        "fi": {"title": "Toimipisteet", "lead": "Kolme toimipistettä."},
        "en": {"title": "Offices", "lead": "Three offices."},
    }},
    {"slug": "news", "kind": "news_index", "in_menu": True, "text": {
        "fi": {"title": "Ajankohtaista"}, "en": {"title": "News"},
    }},
    {"slug": "contacts", "kind": "contacts", "text": {
        "fi": {"title": "Yhteystiedot"}, "en": {"title": "Contacts"},
    }},
]
NEWS = [
    {"slug": "turku", "date": dt.date(2016, 4, 4), "text": {
        "fi": {"title": "Turkuun uusi yksikkö", "summary": "Lyhyesti.", "body": "<p>Teksti.</p>"},
        "en": {"title": "A new unit in Turku", "summary": "In short.", "body": "<p>Text.</p>"},
    }},
]
STAFF = [
    {"name": "Maija Esimerkki", "role": {"fi": "Sosiaaliohjaaja", "en": "Social counsellor"}, "office": "helsinki", "languages": "fi, en", "phone": "+358 40 000 1011", "email": "maija@tukipiste.example"},
]
