"""The demo login a newcomer needs, importable without Django (the `make run` banner)."""

DEMO_PASSWORD = "tukipiste-demo-2026"  # noqa: S105 (demo data, printed for the newcomer)
DEMO_LOGIN_HINT = (
    f"    staff login:  users worker, worker-turku, peer, coordinator, editor, admin;\n"
    f"                  password {DEMO_PASSWORD}; second step: the code your app shows, or\n"
    f"                  `.venv/bin/python manage.py demo_totp <user>`\n"
)
