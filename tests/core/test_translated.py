"""Names of languages as each site language writes them in a list."""

from __future__ import annotations

from django.utils import translation

from tukipiste.core.translated import language_names


def test_language_names_are_lowercase_where_the_language_writes_them_so() -> None:
    expected = {
        "fi": ["suomi", "englanti"],
        "sv": ["finska", "engelska"],
        "en": ["Finnish", "English"],
        "ru": ["финский", "английский"],
        "th": ["ฟินแลนด์", "อังกฤษ"],
        "es": ["finés", "inglés"],
        "ro": ["finlandeză", "engleză"],
    }
    for language, names in expected.items():
        with translation.override(language):
            assert language_names(["fi", "en"]) == names, language


def test_an_unknown_code_is_shown_as_it_is() -> None:
    with translation.override("ro"):
        assert language_names(["xx", "sv"]) == ["xx", "suedeză"]
