"""Screenshots of every public page type, for a person to look at before a release.

    python scripts/screenshots.py [--base http://127.0.0.1:8000] [--out var/screenshots]

Needs a running site with the demo data (``make run``) and Debian's chromium. Takes each
page type at 360 and 1280 px in Finnish, Thai and Romanian (the languages whose text is
longest, of another script, and with the most diacritics), full page, into ``--out``, and
prints any page that is wider than the screen or lacks the quick exit.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

PAGES = {
    "home": "/{lang}/",
    "content": "/{lang}/services/",
    "chat": "/{lang}/chat/",
    "help": "/{lang}/help/",
    "offices": "/{lang}/offices/",
    "office": "/{lang}/offices/helsinki/",
    "feedback": "/{lang}/feedback/",
    "privacy": "/{lang}/privacy/",
    "community": "/{lang}/community/",
    "calendar": "/{lang}/community/calendar/",
    "news_index": "/{lang}/news/",
    "about": "/{lang}/about/",
    "appointments": "/{lang}/appointments/",
    "help_in_your_town": "/{lang}/help-in-your-town/turku/",
    "message": "/{lang}/message/",
    "not_found": "/{lang}/no-such-page/",
}
LANGUAGES = ("fi", "th", "ro")
WIDTHS = (360, 1280)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    parser.add_argument("--out", type=Path, default=Path("var/screenshots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    problems = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        for width in WIDTHS:
            context = browser.new_context(viewport={"width": width, "height": 800})
            page = context.new_page()
            for lang in LANGUAGES:
                for name, path in PAGES.items():
                    page.goto(args.base + path.format(lang=lang))
                    target = args.out / f"{name}-{lang}-{width}.png"
                    page.screenshot(path=str(target), full_page=True)
                    if page.evaluate("document.documentElement.scrollWidth") > width:
                        problems.append(f"wider than {width} px: {target.name}")
                    if not page.locator("#quick-exit").is_visible():
                        problems.append(f"no quick exit: {target.name}")
            context.close()
        browser.close()
    print(f"{len(PAGES) * len(LANGUAGES) * len(WIDTHS)} screenshots in {args.out}")
    print("\n".join(problems) or "every page fits its width and shows the quick exit")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
