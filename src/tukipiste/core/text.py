"""Text that every database can keep.

Browsers' form posts are decoded with replacement characters, but JSON frames and query
strings can carry NUL characters and unpaired UTF-16 surrogates: PostgreSQL refuses the
first and UTF-8 cannot encode the second. Anything that reaches a model or a query is
checked here first, so that the sender gets a clear error instead of a server error.
"""

from __future__ import annotations


def storable(value: str) -> bool:
    """False for text holding a NUL character or an unpaired surrogate."""
    return "\x00" not in value and not any("\ud800" <= ch <= "\udfff" for ch in value)
