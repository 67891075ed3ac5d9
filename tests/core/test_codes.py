"""Short codes: generation, what a person may type, keyed hashes and the legacy hash."""

from __future__ import annotations

import hashlib
import re

import pytest
from django.conf import settings
from django.test import override_settings

from tukipiste.core import codes


def test_a_generated_code_is_grouped_by_four_from_the_alphabet() -> None:
    code = codes.generate(length=8)
    assert re.fullmatch(
        r"[23456789ACDEFGHJKMNPQRTUVWXYZ]{4}-[23456789ACDEFGHJKMNPQRTUVWXYZ]{4}", code
    )
    assert codes.generate(length=16).count("-") == 3
    assert set(codes.generate(length=12, alphabet="AB").replace("-", "")) <= {"A", "B"}


def test_generated_codes_differ() -> None:
    assert len({codes.generate(length=8) for _ in range(200)}) == 200


def test_the_alphabet_has_no_characters_people_confuse() -> None:
    assert not set("0O1IL5S8B") & set(codes.UNAMBIGUOUS) - set("58")


@pytest.mark.parametrize(
    ("typed", "normalised"),
    [
        ("k7mq-4txa", "K7MQ4TXA"),
        (" K7MQ 4TXA ", "K7MQ4TXA"),
        ("K7MQ–4TXA", "K7MQ4TXA"),  # an en dash from an autocorrecting keyboard
        ("Ｋ７ＭＱ４ＴＸＡ", "K7MQ4TXA"),  # full-width letters of an East Asian keyboard
        ("K7MQ\x004TXA\ud800", "K7MQ4TXA"),  # NUL and an unpaired surrogate are dropped
        ("ÄÖ", ""),
        ("", ""),
    ],
)
def test_normalise_keeps_only_what_is_hashed(typed: str, normalised: str) -> None:
    assert codes.normalise(typed) == normalised


@pytest.mark.parametrize(
    ("typed", "well_formed"),
    [
        ("K7MQ-4TXA", True),
        ("k7mq4txa", True),
        ("K7MQ-4TX", False),  # too short
        ("K7MQ-4TXAA", False),  # too long
        ("K7MQ-4TXO", False),  # O is not in the alphabet
        ("1; DROP TABLE", False),
    ],
)
def test_well_formed_checks_length_and_alphabet(typed: str, well_formed: bool) -> None:
    assert codes.is_well_formed(typed, length=8) is well_formed


def test_the_storage_hash_is_keyed_by_purpose_and_ignores_how_the_code_was_typed() -> None:
    stored = codes.storage_hash("K7MQ-4TXA", purpose="test")
    assert re.fullmatch(r"[0-9a-f]{64}", stored)
    assert codes.storage_hash("k7mq 4txa", purpose="test") == stored
    assert codes.storage_hash("K7MQ-4TXA", purpose="other") != stored
    assert stored != codes.legacy_hash("K7MQ4TXA")


def test_the_storage_hash_depends_on_the_secret_key() -> None:
    stored = codes.storage_hash("K7MQ-4TXA", purpose="test")
    with override_settings(SECRET_KEY="another key " * 5):
        assert codes.storage_hash("K7MQ-4TXA", purpose="test") != stored


def test_a_code_hashed_before_the_key_was_rotated_is_still_found() -> None:
    stored = codes.storage_hash("K7MQ-4TXA", purpose="test")
    with override_settings(SECRET_KEY="the new key " * 5, SECRET_KEY_FALLBACKS=["x", "y"]):
        assert stored not in codes.lookup_hashes("K7MQ-4TXA", purpose="test")

    with override_settings(
        SECRET_KEY="the new key " * 5, SECRET_KEY_FALLBACKS=[settings.SECRET_KEY]
    ):
        assert stored in codes.lookup_hashes("K7MQ-4TXA", purpose="test")
        assert codes.matches("k7mq4txa", stored_hash=stored, purpose="test")


def test_lookup_hashes_end_with_the_legacy_hash_of_each_given_form() -> None:
    hashes = codes.lookup_hashes("K7MQ-4TXA", purpose="test", legacy=["K7MQ-4TXA", "K7MQ4TXA"])
    assert hashes[0] == codes.storage_hash("K7MQ-4TXA", purpose="test")
    assert hashes[-2:] == [codes.legacy_hash("K7MQ-4TXA"), codes.legacy_hash("K7MQ4TXA")]


def test_the_legacy_hash_is_the_plain_sha256_codes_were_stored_with() -> None:
    # As records.clientcodes and chat.services stored codes before core.codes.
    assert codes.legacy_hash("K7MQ4TXA") == hashlib.sha256(b"K7MQ4TXA").hexdigest()


def test_matches_tells_right_from_wrong_codes() -> None:
    stored = codes.storage_hash("K7MQ-4TXA", purpose="test")
    assert codes.matches("k7mq 4txa", stored_hash=stored, purpose="test")
    assert not codes.matches("K7MQ-4TXC", stored_hash=stored, purpose="test")
    assert not codes.matches("K7MQ-4TXA", stored_hash=stored, purpose="other")
    legacy = codes.legacy_hash("K7MQ4TXA")
    assert codes.matches("K7MQ-4TXA", stored_hash=legacy, purpose="test", legacy=["K7MQ4TXA"])
