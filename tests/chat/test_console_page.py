"""The console page gives the worker's own id and the chimes; the demo's saved replies cover
every site language."""

from __future__ import annotations

import json
import re
import urllib.request
import wave
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

from tests.staff import verified_client
from tukipiste.chat.models import SavedReply
from tukipiste.demo.saved_replies import SAVED_REPLIES, load_saved_replies

SOUNDS = Path(__file__).resolve().parents[2] / "src/tukipiste/chat/static/chat/sounds"


def test_console_page_carries_the_workers_own_user_id(cast: dict[str, Any]) -> None:
    alice = cast["alice"]
    html = verified_client(alice).get("/admin/chat/").content.decode()
    assert f'data-user-id="{alice.pk}"' in html
    me = re.search(r'<script id="console-me" type="application/json">(.*?)</script>', html)
    assert me is not None and json.loads(me.group(1))["id"] == alice.pk


def test_console_page_is_refused_without_chat_duty(cast: dict[str, Any]) -> None:
    # An editor (dora) has the back office but not chat duty.
    assert verified_client(cast["dora"]).get("/admin/chat/").status_code in (302, 403)


def test_chimes_are_short_small_wave_files() -> None:
    for name in ("console-new-chat.wav", "console-message.wav"):
        path = SOUNDS / name
        assert path.stat().st_size < 12_000, name
        with wave.open(str(path)) as sound:
            assert 0.2 < sound.getnframes() / sound.getframerate() < 1.0, name


def test_console_links_chimes_that_the_site_serves_itself(
    server_url: str, cast: dict[str, Any]
) -> None:
    html = verified_client(cast["alice"]).get("/admin/chat/").content.decode()
    urls = re.findall(r'data-sound-[a-z-]+="([^"]+)"', html)
    assert len(urls) == 2 and all(url.startswith(settings.STATIC_URL) for url in urls)
    for url in urls:
        with urllib.request.urlopen(server_url + url) as response:
            assert response.status == 200
            # WhiteNoise knows no type for .wav (audio/wav once settings.WHITENOISE_MIMETYPES
            # names it); browsers recognise the file by its RIFF header either way.
            assert response.read(4) == b"RIFF"


@pytest.mark.django_db
def test_demo_saved_replies_cover_every_site_language_and_load_once() -> None:
    created = load_saved_replies()
    assert created == sum(len(replies) for replies in SAVED_REPLIES.values())
    for code, _ in settings.LANGUAGES:
        bodies = list(SavedReply.objects.filter(language=code).values_list("body", flat=True))
        assert len(bodies) >= 5, code
        assert any("112" in body for body in bodies), code  # the emergency number, in each
    assert load_saved_replies() == 0
    assert SavedReply.objects.count() == created


@pytest.mark.django_db
def test_demo_keeps_a_saved_reply_an_editor_changed() -> None:
    load_saved_replies()
    reply = SavedReply.objects.get(language="fi", title="Tervehdys")
    reply.body = "Hei! Täällä Aino."
    reply.save()
    load_saved_replies()
    assert SavedReply.objects.get(language="fi", title="Tervehdys").body == "Hei! Täällä Aino."
