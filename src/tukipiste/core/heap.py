"""The garbage collector after start-up: a server process keeps its start-up objects
(modules, models, URL patterns and the views they import) for its whole life, and a full
collection would walk them all again each time.

Measured on the statistics dashboard (decision 0018): a full collection in a process that
had just migrated took 123 ms, inside one request, and made that request three times its
median. After ``settle()`` the same collections walk only what requests left behind.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Free start-up's garbage, then put every object alive now out of the collector's
    sight (``gc.freeze``): they are never freed anyway, and full collections stop
    walking them. Called once per process when the application is ready."""
    gc.collect()
    gc.freeze()
