"""Say clearly what to install when the browser tests cannot find Chromium."""

from __future__ import annotations

import os
import shutil
import sys

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")

if __name__ == "__main__":
    if not (os.path.exists(CHROMIUM) or shutil.which("chromium")):
        print(
            f"Chromium was not found at {CHROMIUM}. The browser tests need it:\n"
            "  Debian/Ubuntu: sudo apt-get install chromium\n"
            "  elsewhere: install Chromium and set CHROMIUM_PATH to its executable.",
            file=sys.stderr,
        )
        sys.exit(1)
