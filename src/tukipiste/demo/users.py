"""Demo staff accounts for ``make run``."""

DEMO_LOGIN_HINT = "    staff login:  see the demo accounts printed by `load_demo` above\n"
