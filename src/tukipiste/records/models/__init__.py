"""Contacts (one service encounter each), the category lists they use, and the monthly
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
from tukipiste.records.models.rollup_tables import MonthlyClient, MonthlyCount

__all__ = [
    "OUTREACH_CHANNELS",
    "PEER_CHANNELS",
    "Category",
    "CategoryKind",
    "Channel",
    "ClientCode",
    "Contact",
    "ContactCategory",
    "Dimension",
    "MonthlyClient",
    "MonthlyCount",
    "SupplyGiven",
]
