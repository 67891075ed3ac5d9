"""Test settings: the production settings with fast hashing and no page cache."""

import os

from tukipiste.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHE_MIDDLEWARE_SECONDS = 0
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Tests run from a fresh clone without collectstatic: serve static files from the apps.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# A file, not shared memory: concurrent writers then wait for the lock (as in production)
# instead of failing at once, which the chat's race tests rely on.
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test.sqlite3")}  # noqa: F405

# Parallel test processes share one Redis: each gets its own prefix, so groups, rate limits
# and cached pages of one never reach another.
if REDIS_URL:  # noqa: F405
    _prefix = f"tukipiste-test-{os.getpid()}"
    CHANNEL_LAYERS["default"]["CONFIG"]["prefix"] = _prefix  # type: ignore[index]  # noqa: F405
    CACHES["default"]["KEY_PREFIX"] = _prefix  # noqa: F405
