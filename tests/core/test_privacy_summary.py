"""The public privacy page and docs/privacy.md come from one inventory (core.privacy)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.test import Client

from tukipiste.core import privacy
from tukipiste.core.models import DataKind, RetentionPolicy

DOCUMENT = Path(__file__).resolve().parents[2] / "docs" / "privacy.md"


def test_the_privacy_document_carries_the_generated_summary_unchanged() -> None:
    text = DOCUMENT.read_text()
    assert privacy.replace_summary(text) == text, "run: manage.py privacy_summary"


def test_every_field_the_summary_names_is_in_the_reviewed_tables() -> None:
    tables = DOCUMENT.read_text().split(privacy.END, 1)[1]
    listed = set(re.findall(r"`([a-z]+\.[A-Za-z]+\.[a-z_]+)`", tables))
    named = {name for item in privacy.STORED for name in item.fields}
    assert named <= listed


@pytest.mark.django_db
def test_the_public_page_shows_the_periods_in_force_in_the_readers_language() -> None:
    RetentionPolicy.objects.update_or_create(kind=DataKind.CHAT_TRANSCRIPTS, defaults={"days": 14})
    response = Client().get("/en/privacy/")
    assert response.status_code == 200
    assert "set-cookie" not in {k.lower() for k in response.headers}
    html = response.content.decode()
    assert "Your IP address" in html
    assert "14 days" in html and "30 days" in html  # changed period; anonymous messages' default
    finnish = Client().get("/fi/privacy/").content.decode()
    assert '<html lang="fi"' in finnish
