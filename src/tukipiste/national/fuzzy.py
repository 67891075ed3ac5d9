"""Typo-tolerant matching of names: towns as a client types them, partners as staff do.

Pure functions, no Django. A name is *normalised* first (case folded, accents and the
Nordic letters reduced to their base letter, everything but letters and digits dropped),
so "Åbo", "ÅBO" and "abo" are the same word and "Jyväskylä" equals "Jyvaskyla". Two
normalised names then match when few edits (insert, delete, replace, swap two neighbours)
turn one into the other: one edit for short names, two for longer ones. A typed beginning
of a name ("tamp") also finds it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

# Short words allow fewer edits: "Pori" is one letter away from many other words.
SHORT = 5
PREFIX_MINIMUM = 3


def normalise(text: str) -> str:
    """Lower case, without accents, spaces or punctuation ("Åbo" → "abo")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


def edit_distance(a: str, b: str, *, limit: int = 3) -> int:
    """Optimal string alignment distance of ``a`` and ``b`` (swaps of two neighbouring
    letters count as one edit), or ``limit + 1`` once it is certain to exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def allowed_edits(word: str) -> int:
    """How many edits a name of this length may differ by and still be the same name."""
    if len(word) < 3:
        return 0
    return 1 if len(word) <= SHORT else 2


@dataclass(frozen=True)
class Match(Generic[T]):
    item: T
    distance: int  # edits from the typed name; 0 for the same name or a typed beginning
    prefix: bool  # found because the query is the beginning of a name


def _match(typed: str, item: T, names: Sequence[str]) -> Match[T] | None:
    best: Match[T] | None = None
    for name in names:
        word = normalise(name)
        if not word:
            continue
        distance = edit_distance(typed, word, limit=2)
        if distance <= allowed_edits(word):
            candidate = Match(item, distance, prefix=False)
        elif len(typed) >= PREFIX_MINIMUM and word.startswith(typed):
            candidate = Match(item, 0, prefix=True)
        else:
            continue
        if best is None or (candidate.prefix, candidate.distance) < (best.prefix, best.distance):
            best = candidate
    return best


def best_matches(query: str, candidates: Iterable[tuple[T, Sequence[str]]]) -> list[Match[T]]:
    """The candidates one of whose names matches ``query``, best first.

    ``candidates`` are ``(item, names)`` pairs (a town's Finnish and Swedish name). An exact
    match (after normalising) is returned alone; otherwise every name within the allowed
    edits (fewest first), then those that begin with the query.
    """
    typed = normalise(query)
    if not typed:
        return []
    found = [m for item, names in candidates if (m := _match(typed, item, names)) is not None]
    exact = [m for m in found if m.distance == 0 and not m.prefix]
    if exact:
        return exact
    return sorted(found, key=lambda m: (m.prefix, m.distance))


def near_duplicates(names: Sequence[str], candidates: Iterable[tuple[T, Sequence[str]]]) -> list[T]:
    """The candidates whose names look like one of ``names`` spelt differently
    (a duplicate about to be created): the same once normalised, or within the allowed
    edits of the shorter name. Prefixes do not count here ("Kemi" is not "Kemijärvi")."""
    words = [w for w in (normalise(n) for n in names) if w]
    found: list[T] = []
    for item, other_names in candidates:
        for other in (normalise(n) for n in other_names):
            if not other:
                continue
            if any(
                edit_distance(w, other, limit=2) <= allowed_edits(min(w, other, key=len))
                for w in words
            ):
                found.append(item)
                break
    return found
