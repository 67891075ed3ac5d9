"""Typo-tolerant matching of town and partner names (pure)."""

from __future__ import annotations

import pytest

from tukipiste.national.fuzzy import best_matches, edit_distance, near_duplicates, normalise

TOWNS = [
    ("turku", ("Turku", "Åbo")),
    ("tampere", ("Tampere", "Tammerfors")),
    ("oulu", ("Oulu", "Uleåborg")),
    ("jyvaskyla", ("Jyväskylä", "Jyväskylä")),
    ("pori", ("Pori", "Björneborg")),
    ("vaasa", ("Vaasa", "Vasa")),
    ("helsinki", ("Helsinki", "Helsingfors")),
    ("lahti", ("Lahti", "Lahtis")),
    ("kemi", ("Kemi", "Kemi")),
    ("kemijarvi", ("Kemijärvi", "Kemijärvi")),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Åbo", "abo"),
        ("ÅBO", "abo"),
        ("Jyväskylä", "jyvaskyla"),
        (" Turku! ", "turku"),
        ("Uleåborg", "uleaborg"),
        ("Hämeen-linna", "hameenlinna"),
        ("", ""),
    ],
)
def test_normalise_drops_case_accents_and_punctuation(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("tampere", "tamperre", 1),
        ("turku", "turkku", 1),
        ("oulu", "oulo", 1),
        ("tampere", "tmapere", 1),
        ("turku", "turku", 0),
        ("pori", "oulu", 4),
    ],
)
def test_edit_distance_counts_a_swap_as_one_edit(a: str, b: str, distance: int) -> None:
    assert edit_distance(a, b, limit=3) == min(distance, 4)


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("Åbo", ["turku"]),
        ("abo", ["turku"]),
        ("turku", ["turku"]),
        ("TURKU", ["turku"]),
        ("Turkku", ["turku"]),
        ("Tamperre", ["tampere"]),
        ("tampere", ["tampere"]),
        ("Tammerfors", ["tampere"]),
        ("Tammerfor", ["tampere"]),
        ("Jyvaskyla", ["jyvaskyla"]),
        ("jyväskylä", ["jyvaskyla"]),
        ("Vasa", ["vaasa"]),
        ("Uleaborg", ["oulu"]),
        ("oulo", ["oulu"]),
        ("Helsinkki", ["helsinki"]),
        ("tamp", ["tampere"]),
        ("Kemi", ["kemi"]),  # exact wins over the longer name it begins
        ("xyz", []),
        ("", []),
        ("   ", []),
    ],
)
def test_a_town_is_found_by_either_name_with_a_typo(typed: str, found: list[str]) -> None:
    assert [m.item for m in best_matches(typed, TOWNS)] == found


def test_a_typo_near_two_towns_offers_both_best_first() -> None:
    matches = best_matches("kem", TOWNS)
    assert [m.item for m in matches] == ["kemi", "kemijarvi"]


@pytest.mark.parametrize(
    ("names", "duplicates"),
    [
        (["Jyvaskyla"], ["jyvaskyla"]),
        (["Turkku", "Åbo"], ["turku"]),
        (["Abo", ""], ["turku"]),
        (["Tamperre", "Tamperre"], ["tampere"]),
        (["Kemi"], ["kemi"]),  # not Kemijärvi: a beginning is not a duplicate
        (["Salo", "Salo"], []),
        (["Raahe", "Brahestad"], []),
    ],
)
def test_near_duplicates_are_spelling_variants_not_other_towns(
    names: list[str], duplicates: list[str]
) -> None:
    assert near_duplicates(names, TOWNS) == duplicates
