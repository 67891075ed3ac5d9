"""Bring the generated summary of the privacy document up to date (``core.privacy``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from tukipiste.core.privacy import replace_summary


class Command(BaseCommand):
    help = "Rewrite the generated summary at the top of docs/privacy.md from core/privacy.py."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", nargs="?", default="docs/privacy.md")

    def handle(self, *args: Any, path: str, **options: Any) -> None:
        document = Path(path)
        document.write_text(replace_summary(document.read_text()))
        self.stdout.write(f"Updated {document}")
