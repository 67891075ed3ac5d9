"""The staff home fits the role: each app's panel appears for those it is for, with the
numbers of the moment (panels of chat, offices, records and statistics; the site's own are
tested in tests/website/test_staff_home_site_panels.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import time_machine

from tests.staff import verified_client
from tukipiste.chat.models import Chat, ChatStatus, OfflineMessage
from tukipiste.offices.models import OfficeHours
from tukipiste.records.choices import Channel
from tukipiste.records.services import ContactInput, record_contact

pytestmark = pytest.mark.django_db
# Monday 30 November 2026, 12.00 in Helsinki.
NOW = dt.datetime(2026, 11, 30, 10, 0, tzinfo=dt.UTC)


def _panel_ids(html: str) -> set[str]:
    import re

    return set(re.findall(r'<section class="tp-home-panel" aria-labelledby="home-([a-z-]+)"', html))


@time_machine.travel(NOW, tick=False)
def test_each_role_gets_the_panels_of_its_work(cast: dict[str, Any]) -> None:
    homes = {
        name: _panel_ids(verified_client(cast[name]).get("/admin/").content.decode())
        for name in ["alice", "peter", "charlie", "dora", "erik"]
    }
    assert {"chat-duty", "drop-in-today", "contacts", "feedback"} <= homes["alice"]
    assert "month-figures" not in homes["alice"] and "language-gaps" not in homes["alice"]
    assert "outreach" in homes["alice"]  # "Log outreach" for those who go out
    assert homes["peter"] == {"drop-in-today", "contacts", "outreach"}
    assert {"chat-duty", "month-figures", "feedback"} <= homes["charlie"]
    assert homes["dora"] == {"language-gaps", "drafts"}
    assert "chat-duty" not in homes["erik"] and "contacts" not in homes["erik"]


@time_machine.travel(NOW, tick=False)
def test_a_worker_sees_the_queue_her_chats_messages_hours_and_contacts(
    cast: dict[str, Any],
) -> None:
    alice, bob = cast["alice"], cast["bob"]
    helsinki = alice.staff_profile.offices.get()
    OfficeHours.objects.create(
        office=helsinki, service="drop_in", weekday=0, opens=dt.time(10), closes=dt.time(15)
    )
    Chat.objects.create(token_hash="a" * 64, status=ChatStatus.QUEUED, language="en")
    Chat.objects.create(token_hash="b" * 64, status=ChatStatus.QUEUED, language="fi")
    Chat.objects.create(
        token_hash="c" * 64, status=ChatStatus.ACTIVE, language="fi", worker=alice, accepted_at=NOW
    )
    OfflineMessage.objects.create(body="Hei", code_hash="d" * 64, language="fi")
    record_contact(
        contact=ContactInput(channel=Channel.DROP_IN, started_at=NOW, office=helsinki), by=alice
    )
    html = verified_client(alice).get("/admin/").content.decode()
    chat = html.split('id="home-chat-duty"')[1].split("</section>")[0]
    figures = [f.split("<")[0] for f in chat.split('class="tp-figure">')[1:]]
    assert figures == ["2", "1", "1"]  # queued, her open chats, messages without a reply
    today = html.split('id="home-drop-in-today"')[1].split("</section>")[0]
    assert "Helsinki" in today and "10.00–15.00" in today and "Turku" not in today
    contacts = html.split('id="home-contacts"')[1].split("</section>")[0]
    assert '<span class="tp-figure">1</span>' in contacts
    # Bob (Turku) has recorded nothing and sees only his own office's hours.
    bobs = verified_client(bob).get("/admin/").content.decode()
    assert '<span class="tp-figure">0</span>' in bobs.split('id="home-contacts"')[1]
    assert "Helsinki" not in bobs.split('id="home-drop-in-today"')[1].split("</section>")[0]


@time_machine.travel(NOW, tick=False)
def test_a_coordinator_sees_this_months_figures_with_small_numbers_hidden(
    cast: dict[str, Any],
) -> None:
    helsinki = cast["alice"].staff_profile.offices.get()
    for _ in range(6):
        record_contact(
            contact=ContactInput(channel=Channel.DROP_IN, started_at=NOW, office=helsinki),
            by=cast["alice"],
        )
    record_contact(
        contact=ContactInput(channel=Channel.PHONE, started_at=NOW, office=helsinki),
        by=cast["alice"],
    )
    html = verified_client(cast["charlie"]).get("/admin/").content.decode()
    panel = html.split('id="home-month-figures"')[1].split("</section>")[0]
    assert '<span class="tp-figure">7</span>' in panel
    # The 1 phone contact is hidden, and so is the 6 it could be worked out from.
    assert ": 6</li>" not in panel and ": &lt;5</li>" in panel and ": x</li>" in panel
