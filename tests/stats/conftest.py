from __future__ import annotations

import pytest

from tests.records.helpers import ensure_categories
from tukipiste.records.models import Category


@pytest.fixture
def lists(db: None) -> dict[str, dict[str, Category]]:
    return ensure_categories()
