"""Contacts (one service encounter each), the category lists they use, and the
roll-ups that statistics read. Anonymous by design: no name, no date of birth."""

from tukipiste.records.choices import (
    OUTREACH_CHANNELS,
    PEER_CHANNELS,
    CategoryKind,
    Channel,
    Dimension,
)
from tukipiste.records.models.categories import Category
from tukipiste.records.models.contacts import ClientCode, Contact, ContactCategory, SupplyGiven
from tukipiste.records.models.rollup_tables import (
    ALL_CHANNELS,
    ALL_OFFICES,
    ClientCount,
    DailyCount,
    MonthlyCount,
)

__all__ = [
    "ALL_CHANNELS",
    "ALL_OFFICES",
    "OUTREACH_CHANNELS",
    "PEER_CHANNELS",
    "Category",
    "CategoryKind",
    "Channel",
    "ClientCode",
    "ClientCount",
    "Contact",
    "ContactCategory",
    "DailyCount",
    "Dimension",
    "MonthlyCount",
    "SupplyGiven",
]
