"""Print where the platform is served and how to log in, before ``make run`` serves it."""

from __future__ import annotations

import sys

from tukipiste.demo.logins import DEMO_LOGIN_HINT


def main(port: str) -> None:
    print(
        "\n"
        f"  Tukipiste is starting on http://127.0.0.1:{port}/\n"
        f"    public site:  http://127.0.0.1:{port}/fi/  (also /sv/ /en/ /ru/ /th/ /es/ /ro/)\n"
        f"    back-office:  http://127.0.0.1:{port}/admin/\n"
        f"{DEMO_LOGIN_HINT}"
        "  Stop with Ctrl-C.\n",
        flush=True,
    )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "8000")
