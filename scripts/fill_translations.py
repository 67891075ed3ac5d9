"""Fill empty entries of the message catalogues from the reviewed translation files.

Translators work in ``translations/*.json``: one object per source string, mapping each
language code to its text (a list of plural forms where the string has a plural). After
``make messages`` has added new source strings to the ``.po`` files, this script copies the
reviewed texts into the entries that are still empty and clears the fuzzy flag of those it
fills. It never overwrites a translation that is already there.

    python scripts/fill_translations.py translations/*.json
    python scripts/fill_translations.py --report      # list what is still empty

With ``--rev REV`` it first harvests the translations a given git revision had in its
catalogues, so that strings lost in a merge of two branches' catalogues come back.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

import polib  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parent.parent
LOCALE_DIR = ROOT / "src" / "tukipiste" / "locale"
GIT = shutil.which("git") or "git"


def load_json(paths: list[Path]) -> dict[str, dict[str, object]]:
    texts: dict[str, dict[str, object]] = {}
    for path in paths:
        for msgid, by_language in json.loads(path.read_text(encoding="utf-8")).items():
            texts.setdefault(msgid, {}).update(by_language)
    return texts


def harvest(rev: str, texts: dict[str, dict[str, object]]) -> None:
    for po_path in sorted(LOCALE_DIR.glob("*/LC_MESSAGES/django.po")):
        language = po_path.parent.parent.name
        relative = po_path.relative_to(ROOT).as_posix()
        # A developer's own git on their own revision name: no untrusted input.
        shown = subprocess.run(  # noqa: S603
            [GIT, "show", f"{rev}:{relative}"], cwd=ROOT, capture_output=True, text=True
        )
        if shown.returncode:
            continue
        for entry in polib.pofile(shown.stdout):
            if "fuzzy" in entry.flags:
                continue
            if entry.msgid_plural and any(entry.msgstr_plural.values()):
                forms = [entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural)]
                texts.setdefault(entry.msgid, {}).setdefault(language, forms)
            elif entry.msgstr:
                texts.setdefault(entry.msgid, {}).setdefault(language, entry.msgstr)


def fill(texts: dict[str, dict[str, object]]) -> list[str]:
    missing: list[str] = []
    for po_path in sorted(LOCALE_DIR.glob("*/LC_MESSAGES/django.po")):
        language = po_path.parent.parent.name
        catalogue = polib.pofile(str(po_path))
        for entry in catalogue:
            if entry.obsolete:
                continue
            filled = bool(entry.msgstr) or (
                entry.msgid_plural and all(entry.msgstr_plural.values())
            )
            if filled and "fuzzy" not in entry.flags:
                continue
            text = texts.get(entry.msgid, {}).get(language)
            if text is None:
                missing.append(f"{language}: {entry.msgid!r}")
                continue
            if entry.msgid_plural:
                forms = text if isinstance(text, list) else [text]
                for index in range(max(len(entry.msgstr_plural), len(forms))):
                    entry.msgstr_plural[index] = forms[min(index, len(forms) - 1)]
            else:
                entry.msgstr = text if isinstance(text, str) else text[0]
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
                entry.previous_msgid = None
                entry.previous_msgid_plural = None
        # Always saved: one line-wrapping style for the catalogues, whatever wrote them last.
        catalogue.save()
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--rev", help="harvest translations from this git revision first")
    parser.add_argument("--report", action="store_true", help="only list empty entries")
    args = parser.parse_args()
    texts = load_json(args.files or sorted((ROOT / "translations").glob("*.json")))
    if args.rev:
        harvest(args.rev, texts)
    if args.report:
        texts = {}
    missing = fill(texts)
    for line in missing:
        print(line, file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
