"""Compile the message catalogues (.po to .mo) in pure Python, or check they are current.

The compiled catalogues are committed, so that ``make run`` needs no GNU gettext; CI runs
``--check`` to prove they match their sources and that no string is left untranslated.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import polib  # type: ignore[import-untyped]

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    problems: list[str] = []
    for po_path in sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po")):
        catalogue = polib.pofile(str(po_path))
        missing = [e.msgid for e in catalogue.untranslated_entries()]
        fuzzy = [e.msgid for e in catalogue.fuzzy_entries()]
        if missing or fuzzy:
            problems.append(f"{po_path}: {len(missing)} untranslated, {len(fuzzy)} fuzzy")
        mo_path = po_path.with_suffix(".mo")
        if check:
            with tempfile.NamedTemporaryFile(suffix=".mo") as fresh:
                catalogue.save_as_mofile(fresh.name)
                if not mo_path.exists() or Path(fresh.name).read_bytes() != mo_path.read_bytes():
                    problems.append(f"{mo_path}: out of date, run `make compile-messages`")
        else:
            catalogue.save_as_mofile(str(mo_path))
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
