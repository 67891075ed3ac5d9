"""The outreach sessions' supplies in the statistics' roll-ups (decision 0014, addendum).

``services.handed_out`` keeps the day rows current as sessions are logged and corrected;
``supplies_select`` is the set-based recount that ``records.rollups.rebuild`` runs.
"""

from __future__ import annotations

from tukipiste.outreach.models import CHANNEL_OF, OutreachSession, SessionSupply
from tukipiste.records.models import Dimension


def supplies_select() -> str:
    """(day, office_key, locality_key, channel, dimension, value, amount) of every session's
    supplies, grouped as the services add them."""
    sessions, supplies = OutreachSession._meta.db_table, SessionSupply._meta.db_table
    # Constants of the models only: no input reaches this SQL.
    channel = (
        "CASE s.environment "
        + " ".join(f"WHEN '{env}' THEN '{channel}'" for env, channel in CHANNEL_OF.items())
        + " END"
    )
    return (
        f"SELECT s.day, COALESCE(s.office_id, 0), s.locality_id, {channel}, "  # noqa: S608
        f"'{Dimension.SUPPLY}', CAST(x.category_id AS TEXT), SUM(x.quantity) "
        f"FROM {supplies} x JOIN {sessions} s ON s.id = x.session_id WHERE 1 = 1 "
        f"GROUP BY s.day, s.office_id, s.locality_id, s.environment, x.category_id"
    )
