"""Short codes that people read from a card or a screen and type back, stored only hashed.

The code of an anonymous message (chat) and a client's code (records) work alike, and so
will a booking code: random from ``secrets``, drawn from an alphabet without characters a
tired eye or a small phone keyboard confuses, shown in groups of four, and stored only as a
keyed hash. The key is the server's ``SECRET_KEY``, so a copy of the database alone neither
prints the codes nor lets anyone test guesses against them offline (a client code has only
about 39 bits: a plain hash of it could be reversed by trying them all).

Codes issued before the keyed hash were stored as an unkeyed SHA-256; ``legacy_hash``
finds them, so every code already on a card or a note still works.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import unicodedata
from collections.abc import Iterable

from django.conf import settings
from django.utils.crypto import salted_hmac

# No 0/O, 1/I/L, 5/S or 8/B pairs: codes are read aloud, copied by hand and typed on phones.
UNAMBIGUOUS = "23456789ACDEFGHJKMNPQRTUVWXYZ"
GROUP = 4
SEPARATOR = "-"


def generate(*, length: int, alphabet: str = UNAMBIGUOUS) -> str:
    """A fresh random code of ``length`` characters from ``alphabet``, grouped by four
    (``K7MQ-4TXA``); each character carries log2(len(alphabet)) bits."""
    return grouped("".join(secrets.choice(alphabet) for _ in range(length)))


def normalise(typed: str) -> str:
    """A code as typed, reduced to what is hashed: compatibility forms folded (full-width
    letters of an East Asian keyboard), upper case, separators and spaces dropped."""
    folded = unicodedata.normalize("NFKC", typed).upper()
    return "".join(ch for ch in folded if ch.isascii() and ch.isalnum())


def grouped(code: str) -> str:
    """A normalised code in groups of four, as it is shown."""
    return SEPARATOR.join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


def is_well_formed(typed: str, *, length: int, alphabet: str = UNAMBIGUOUS) -> bool:
    """Whether ``typed`` can be a code of this kind at all, so a typo is told apart from an
    unknown code without a database query."""
    code = normalise(typed)
    return len(code) == length and all(ch in alphabet for ch in code)


def storage_hash(typed: str, *, purpose: str) -> str:
    """The keyed hash (HMAC-SHA256, 64 hex digits) to store for a code. ``purpose`` names
    the kind of code, so that equal codes of two kinds never share a hash."""
    return _keyed(normalise(typed), purpose=purpose, secret=settings.SECRET_KEY)


def lookup_hashes(typed: str, *, purpose: str, legacy: Iterable[str] = ()) -> list[str]:
    """Every hash under which a code may be stored: keyed with ``SECRET_KEY`` and with each
    key of ``SECRET_KEY_FALLBACKS`` (so rotating the key loses no code), then the legacy
    hash of each form in ``legacy``. Query with ``code_hash__in``."""
    code = normalise(typed)
    secrets_in_use = [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]
    hashes = [_keyed(code, purpose=purpose, secret=secret) for secret in secrets_in_use]
    return [*hashes, *(legacy_hash(form) for form in legacy)]


def matches(typed: str, *, stored_hash: str, purpose: str, legacy: Iterable[str] = ()) -> bool:
    """Whether ``typed`` is the code stored as ``stored_hash``, compared in constant time:
    for a hash already in hand (a row found some other way), where a plain ``==`` would
    tell an attacker by its timing how much of a guess was right."""
    candidates = lookup_hashes(typed, purpose=purpose, legacy=legacy)
    # Every candidate is compared, so the time does not depend on which one matched.
    results = [hmac.compare_digest(candidate, stored_hash) for candidate in candidates]
    return any(results)


def token_hash(token: str) -> str:
    """The SHA-256 of a long random token (a chat's 192 bits need no key to stay unguessable)."""
    return hashlib.sha256(token.encode()).hexdigest()


def legacy_hash(text: str) -> str:
    """The unkeyed SHA-256 under which short codes were stored before the keyed hash; only
    for finding those codes, never for storing a new one."""
    return token_hash(text)


def _keyed(code: str, *, purpose: str, secret: str | bytes) -> str:
    return salted_hmac(
        f"tukipiste.codes.{purpose}", code, secret=secret, algorithm="sha256"
    ).hexdigest()
