"""Anonymous messages without JavaScript, and the purge of transcripts and messages."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import httpx
import pytest
import time_machine

from tests.staff import verified_client
from tukipiste.chat import services
from tukipiste.chat.models import Chat, ChatMessage, OfflineMessage
from tukipiste.core import codes
from tukipiste.core.models import RetentionPolicy
from tukipiste.core.retention import purge_expired

NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)


def token(server_url: str, lang: str) -> str:
    html = httpx.get(f"{server_url}/{lang}/message/", timeout=10).text
    match = re.search(r'name="form_token" value="([^"]+)"', html)
    assert match
    return match.group(1)


def test_message_reply_and_reading_it_with_the_code(
    server_url: str, cast: dict[str, Any], transactional_db: None
) -> None:
    sent = httpx.post(
        f"{server_url}/ru/message/",
        data={"form_token": token(server_url, "ru"), "topic": "legal", "body": "Вопрос о визе"},
        headers={"Origin": server_url, "Sec-Fetch-Site": "same-origin"},
        timeout=10,
    )
    assert sent.status_code == 200 and "set-cookie" not in sent.headers
    code = re.search(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", sent.text)
    assert code
    stored = OfflineMessage.objects.get()
    assert stored.code_hash != code.group(0) and stored.language == "ru"

    waiting = httpx.get(
        f"{server_url}/ru/message/read/", params={"code": code.group(0)}, timeout=10
    )
    assert waiting.status_code == 200 and "Вопрос о визе" in waiting.text

    staff = verified_client(cast["alice"])
    assert "Вопрос о визе" in staff.get("/admin/chat/messages/").content.decode()
    staff.post(f"/admin/chat/messages/{stored.pk}/", {"reply": "Ответ: приходите в среду"})
    answered = httpx.get(
        f"{server_url}/ru/message/read/",
        params={"code": code.group(0).lower().replace("-", " ")},
        timeout=10,
    )
    assert "Ответ: приходите в среду" in answered.text
    stored.refresh_from_db()
    assert stored.reply_read_at is not None


def test_wrong_code_is_a_clear_404_keeping_what_was_typed(
    server_url: str, transactional_db: None
) -> None:
    response = httpx.get(f"{server_url}/en/message/read/", params={"code": "ABCD-EFGH"}, timeout=10)
    assert response.status_code == 404
    assert 'value="ABCD-EFGH"' in response.text


def test_a_code_given_before_the_keyed_hash_still_reads_its_reply(db: None) -> None:
    # Until now message codes were stored as the plain SHA-256 of the grouped code, and
    # their alphabet still had B and S.
    old = OfflineMessage.objects.create(
        code_hash=codes.legacy_hash("BSAB-CDEF-2345-6789"), language="fi", body="Hei"
    )
    assert services.message_by_code(code="bsab cdef 2345 6789") == old
    assert services.message_by_code(code="BSAB-CDEF-2345-6788") is None


def test_a_new_code_is_stored_only_as_a_keyed_hash(db: None) -> None:
    message, code = services.leave_message(language="en", topic="", body="Hello")
    assert message.code_hash not in (code, codes.legacy_hash(code))
    assert codes.matches(code, stored_hash=message.code_hash, purpose=message.CODE_PURPOSE)
    assert services.message_by_code(code=code) == message


def test_empty_message_is_refused_and_the_topic_kept(
    server_url: str, transactional_db: None
) -> None:
    response = httpx.post(
        f"{server_url}/fi/message/",
        data={"form_token": token(server_url, "fi"), "topic": "health", "body": "   "},
        headers={"Origin": server_url},
        timeout=10,
    )
    assert response.status_code == 400
    assert re.search(r'value="health"[^>]*selected|selected[^>]*value="health"', response.text)
    assert not OfflineMessage.objects.exists()


@pytest.mark.django_db
def test_purge_blanks_transcripts_and_keeps_metadata(chat_open: None) -> None:
    RetentionPolicy.objects.update_or_create(kind="chat_transcripts", defaults={"days": 30})
    RetentionPolicy.objects.update_or_create(kind="offline_messages", defaults={"days": 30})
    with time_machine.travel(NOW - dt.timedelta(days=35), tick=False):
        old, _ = services.start_chat(language="sv", nickname="Old")
        services.post_message(chat_id=old.pk, sender="client", client_id="1", body="old text")
        services.end_chat(chat_id=old.pk, by="client")
        services.leave_message(language="sv", topic="", body="old question")
    with time_machine.travel(NOW - dt.timedelta(days=28), tick=False):
        new, _ = services.start_chat(language="sv", nickname="New")
        services.post_message(chat_id=new.pk, sender="client", client_id="1", body="new text")
        services.leave_message(language="sv", topic="", body="new question")
    with time_machine.travel(NOW, tick=False):
        results = {r.kind: r.purged for r in purge_expired()}
    assert results["chat_transcripts"] == 1 and results["offline_messages"] == 1
    old.refresh_from_db()
    assert (old.nickname, old.language, old.purged) == ("", "sv", True)
    assert set(ChatMessage.objects.filter(chat=old).values_list("body", flat=True)) == {""}
    assert ChatMessage.objects.filter(chat=old).count() == 2  # counts and times remain
    assert ChatMessage.objects.filter(chat=new, body="new text").exists()
    assert Chat.objects.get(pk=new.pk).nickname == "New"
    assert set(OfflineMessage.objects.values_list("body", flat=True)) == {"", "new question"}
