"""Pseudonymous client codes: random, easy to read aloud and to type, stored hashed."""

from __future__ import annotations

import hashlib
import secrets

# No 0/O, 1/I/L or 8/B pairs that a tired eye confuses on a small card.
ALPHABET = "23456789ACDEFGHJKMNPQRTUVWXYZ"
LENGTH = 8


def new_code() -> str:
    """A fresh code such as ``K7MQ-4TXA`` (about 39 bits of randomness)."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def normalise(typed: str) -> str:
    """The code as stored before hashing: upper case, no spaces or dashes."""
    return "".join(ch for ch in typed.upper() if ch.isalnum())


def is_well_formed(typed: str) -> bool:
    code = normalise(typed)
    return len(code) == LENGTH and all(ch in ALPHABET for ch in code)


def code_hash(typed: str) -> str:
    return hashlib.sha256(normalise(typed).encode()).hexdigest()
