"""The back-office speaks people's words: language names, record kinds, a sentence that reads
when a list is empty (issue 10, "Mended")."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.staff import verified_client
from tukipiste.core.audit import log_action
from tukipiste.website.models import Feedback

pytestmark = pytest.mark.django_db


def test_the_feedback_list_names_languages_and_reads_when_empty(cast: dict[str, Any]) -> None:
    client = verified_client(cast["charlie"])
    empty = client.get("/admin/feedback/").content.decode()  # the back-office is in Finnish
    assert "Palautetta ei ole vielä tullut." in empty
    Feedback.objects.create(category="idea", message="More hours", language="ru")
    html = client.get("/admin/feedback/").content.decode()
    assert "Русский" in html


def test_the_audit_trail_shows_the_kind_of_record_not_its_code(cast: dict[str, Any]) -> None:
    item = Feedback.objects.create(category="idea", message="More hours", language="ru")
    log_action(actor=cast["charlie"], action="website.feedback.viewed", obj=item)
    response = verified_client(cast["charlie"]).get("/admin/audit/")
    assert response.status_code == 200
    html = response.content.decode()
    cells = [c.strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", html, flags=re.S)]
    assert "palaute" in cells and "website.feedback" not in cells


def _blocks(block: Any, path: str = "body") -> list[tuple[str, Any]]:
    children = getattr(block, "child_blocks", {})
    found = [(f"{path}.{name}", child) for name, child in children.items()]
    for name, child in children.items():
        found += _blocks(child, f"{path}.{name}")
    return found


def test_every_field_of_the_page_editors_blocks_has_a_translated_label() -> None:
    from django.utils.functional import Promise
    from django.utils.translation import trans_real

    from tukipiste.website.blocks import BodyBlock

    blocks = _blocks(BodyBlock())
    assert len(blocks) >= 8
    for path, block in blocks:
        label = block.meta.label
        # Wagtail makes an English label from the field's name when none is given.
        assert isinstance(label, Promise), path
        msgid = label._args[0]  # type: ignore[attr-defined]
        for lang in ("fi", "sv", "ru", "th", "es", "ro"):
            catalog = trans_real.translation(lang)._catalog  # type: ignore[attr-defined]
            assert catalog.get(msgid), (path, lang)
