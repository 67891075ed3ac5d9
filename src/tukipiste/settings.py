"""Settings of the Tukipiste platform, read top to bottom, every value from the environment.

The defaults run everything on one laptop (SQLite, in-memory channel layer, local memory
cache). Production sets ``DATABASE_URL``, ``REDIS_URL``, ``SECRET_KEY``, ``ALLOWED_HOSTS``
and ``HTTPS=1``; see the README's configuration table.
"""

from __future__ import annotations

from pathlib import Path

import dj_database_url

from tukipiste.core.env import (
    ImproperEnvironment,
    env_bool,
    env_int,
    env_list,
    env_networks,
    env_str,
    private_sqlite_file,
    secret_key,
)

SRC_DIR = Path(__file__).resolve().parent
BASE_DIR = SRC_DIR.parent.parent
VAR_DIR = Path(env_str("VAR_DIR", str(BASE_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = env_bool("DEBUG", default=False)
HTTPS = env_bool("HTTPS", default=False)
SECRET_KEY = secret_key(file=VAR_DIR / "secret_key", debug=not HTTPS)
# Earlier keys, kept after a rotation: client and message codes are hashed with the key.
SECRET_KEY_FALLBACKS = env_list("SECRET_KEY_FALLBACKS", [])
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
# The public origin, used to refuse cross-site posts of the cookieless public forms and
# cross-origin WebSocket connections. Derived from ALLOWED_HOSTS when unset (only from whole
# host names: ".example.org" or "*" name no origin; such a site sets SITE_ORIGINS).
_HOSTS = [host for host in ALLOWED_HOSTS if not host.startswith((".", "*"))]
SITE_ORIGINS = env_list(
    "SITE_ORIGINS",
    [f"{'https' if HTTPS else 'http'}://{host}" for host in _HOSTS]
    + ([] if HTTPS else [f"http://{host}:{env_str('PORT', '8000')}" for host in _HOSTS]),
)
if not SITE_ORIGINS:
    raise ImproperEnvironment("SITE_ORIGINS must be set when ALLOWED_HOSTS names no whole host")
CSRF_TRUSTED_ORIGINS = SITE_ORIGINS
# Reverse proxies whose X-Forwarded-For is believed (addresses or networks). Rate limits and
# the login cool-off then key on the real client; its address is hashed in memory only.
TRUSTED_PROXIES = env_networks("TRUSTED_PROXIES", [])
# Operations (decision 0016): periodic jobs inside the server (``make run``) or from the
# system's timers (production), and the token that lets a monitor on another machine read
# /ops/health and /ops/metrics (without it only requests straight from loopback may).
RUN_SCHEDULER = env_bool("RUN_SCHEDULER", default=True)
OPS_TOKEN = env_str("OPS_TOKEN")
WAGTAILADMIN_BASE_URL = env_str("BASE_URL", SITE_ORIGINS[-1])

INSTALLED_APPS = [
    "tukipiste.core",
    "tukipiste.accounts",
    "tukipiste.offices",
    "tukipiste.website",
    "tukipiste.records",
    "tukipiste.stats",
    "tukipiste.chat",
    "tukipiste.community",
    "tukipiste.national",
    "tukipiste.appointments",
    "tukipiste.outreach",
    "tukipiste.ops",
    "tukipiste.demo",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.locales",
    "wagtail",
    "modelcluster",
    "taggit",
    "channels",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "tukipiste.ops.metrics.RequestMetricsMiddleware",
    "tukipiste.core.middleware.AccessLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "tukipiste.core.middleware.ContentSecurityPolicyMiddleware",
    "django.middleware.cache.UpdateCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.cache.FetchFromCacheMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "tukipiste.accounts.middleware.StaffSessionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "tukipiste.urls"
ASGI_APPLICATION = "tukipiste.asgi.application"
WSGI_APPLICATION = None

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "tukipiste.website.context_processors.site_chrome",
            ],
        },
    },
]

# --- Data stores -------------------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'tukipiste.sqlite3'}"),
        # Reused connections: opening and closing SQLite (or a PostgreSQL session) for every
        # chat frame was most of the chat's server time in the benchmark.
        conn_max_age=env_int("DB_CONN_MAX_AGE", default=60, minimum=0),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Client data: the database (and the journal files SQLite creates with its mode) is
    # readable by the service's own user only.
    private_sqlite_file(DATABASES["default"]["NAME"])
    # WAL lets readers work during a write; IMMEDIATE transactions take the write lock at
    # BEGIN, so two bookings of one slot queue up instead of failing with "locked".
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    # The publish/subscribe layer, not the list-based core one: the core layer loses a
    # message meant for one socket when another socket of the same process disconnects at
    # that moment (its cancelled receive had taken it; django/channels#1683), and a console
    # then never learns that its client left. Delivery stays at most once either way: the
    # protocol's sequence numbers and resynchronisation cover a message lost in transit.
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer",
            "CONFIG": {
                "hosts": [REDIS_URL],
                "prefix": env_str("REDIS_PREFIX", "tukipiste"),
            },
        }
    }
    CACHES = {
        "default": {
            # Django's, answering as an empty cache while Redis restarts (decision 0016).
            "BACKEND": "tukipiste.core.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("REDIS_PREFIX", "tukipiste"),
        }
    }
else:
    # One process only: Channels' in-memory layer, made to scale with the open sockets
    # (chat/layers.py); a larger buffer per socket than the default 100.
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "tukipiste.chat.layers.InMemoryChannelLayer",
            "CONFIG": {"capacity": 1000},
        }
    }
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Whole-page cache for anonymous public pages. Django's cache middleware never stores a
# response that sets a cookie or says Cache-Control: private; views that carry a form token
# are marked private, so no token is ever served to a second visitor.
CACHE_MIDDLEWARE_SECONDS = env_int("PAGE_CACHE_SECONDS", default=30, minimum=0)
CACHE_MIDDLEWARE_KEY_PREFIX = "page"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Authentication ------------------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "wagtailadmin_login"
SESSION_COOKIE_AGE = env_int("STAFF_IDLE_MINUTES", default=30, minimum=1) * 60
SESSION_SAVE_EVERY_REQUEST = True  # the age above is then an idle timeout
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True

AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", default=5, minimum=1)
# A guesser locks out only the pair of username and their own address, for a delay that
# doubles with each further failure (decision 0008): a stranger cannot lock every chat
# worker out before a shift, and an administrator can still unlock at once.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_COOLOFF_TIME = "tukipiste.accounts.lockout.cool_off"
AXES_CLIENT_IP_CALLABLE = "tukipiste.accounts.lockout.client_token"
LOGIN_COOL_OFF_MAX_MINUTES = env_int("LOGIN_COOL_OFF_MAX_MINUTES", default=60, minimum=1)
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_DISABLE_ACCESS_LOG = True  # keep failures only, not a log of every staff login
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_HTTP_RESPONSE_CODE = 403

OTP_TOTP_ISSUER = "Tukipiste"

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", default=25, minimum=1)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "tukipiste@localhost")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

# --- Internationalisation --------------------------------------------------------------------
LANGUAGE_CODE = "fi"
# Dates and times as each language writes them (see core/formats).
FORMAT_MODULE_PATH = ["tukipiste.core.formats"]
LANGUAGES = [
    ("fi", "Suomi"),
    ("sv", "Svenska"),
    ("en", "English"),
    ("ru", "Русский"),
    ("th", "ไทย"),
    ("es", "Español"),
    ("ro", "Română"),
]
STAFF_LANGUAGES = [("fi", "Suomi"), ("sv", "Svenska"), ("en", "English")]
LOCALE_PATHS = [SRC_DIR / "locale"]
TIME_ZONE = "Europe/Helsinki"
USE_I18N = True
USE_TZ = True
LANGUAGE_COOKIE_NAME = "tukipiste_language"

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = STAFF_LANGUAGES
WAGTAIL_SITE_NAME = "Tukipiste"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "xlsx", "txt"]
WAGTAIL_ENABLE_UPDATE_CHECK = False  # no request to a third party from the back-office
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no avatar images fetched from gravatar.com either
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILADMIN_COMMENTS_ENABLED = False

# --- Static and media ----------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 3600
# The chimes of the console and the chat page (WhiteNoise has no type for .wav).
WHITENOISE_MIMETYPES = {".wav": "audio/wav"}

# --- Security headers ----------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "no-referrer"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_SSL_REDIRECT = HTTPS and env_bool("SECURE_SSL_REDIRECT", default=True)
# Monitors read these on the ASGI processes directly, over loopback or a private network.
SECURE_REDIRECT_EXEMPT = [r"^ops/", r"^healthz$"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if HTTPS else None
SECURE_HSTS_SECONDS = 31536000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
LANGUAGE_COOKIE_SECURE = HTTPS

# Where the quick-exit control sends a client: a neutral page that says nothing about us.
QUICK_EXIT_URL = env_str("QUICK_EXIT_URL", "https://www.google.com/search?q=s%C3%A4%C3%A4")

# Anonymous public forms: how long a form token stays valid, and how many posts one
# (hashed, never stored) address may make per hour.
PUBLIC_FORM_MAX_AGE_SECONDS = env_int("PUBLIC_FORM_MAX_AGE_SECONDS", default=4 * 3600)
FEEDBACK_RATE_PER_HOUR = env_int("FEEDBACK_RATE_PER_HOUR", default=5, minimum=1)

# Chat duty: queue size, the length of a chat assumed until five have been answered (the
# estimate then uses recent ones), when a wait counts as long, and abuse limits.
# Appointments (issue 11): reminders, the SMS backend and lookups of booking codes.
APPOINTMENT_REMINDER_HOURS = env_int("APPOINTMENT_REMINDER_HOURS", default=24, minimum=1)
APPOINTMENT_BOOKINGS_PER_HOUR = env_int("APPOINTMENT_BOOKINGS_PER_HOUR", default=10, minimum=1)
APPOINTMENT_CODE_TRIES_PER_HOUR = env_int("APPOINTMENT_CODE_TRIES_PER_HOUR", default=20, minimum=1)
SMS_BACKEND = env_str("SMS_BACKEND", "tukipiste.appointments.sms.ConsoleBackend")
SMS_API_URL = env_str("SMS_API_URL", "https://api.46elks.com/a1/sms")
SMS_API_USERNAME = env_str("SMS_API_USERNAME")
SMS_API_PASSWORD = env_str("SMS_API_PASSWORD")
SMS_SENDER = env_str("SMS_SENDER", "Tukipiste")

CHAT_MAX_QUEUE = env_int("CHAT_MAX_QUEUE", default=30, minimum=1)
CHAT_AVERAGE_MINUTES = env_int("CHAT_AVERAGE_MINUTES", default=8, minimum=1)
CHAT_LONG_WAIT_MINUTES = env_int("CHAT_LONG_WAIT_MINUTES", default=20, minimum=1)
CHAT_STARTS_PER_HOUR = env_int("CHAT_STARTS_PER_HOUR", default=10, minimum=1)
CHAT_MESSAGES_PER_MINUTE = env_int("CHAT_MESSAGES_PER_MINUTE", default=30, minimum=1)
CHAT_TYPING_PER_MINUTE = env_int("CHAT_TYPING_PER_MINUTE", default=60, minimum=1)
# How often an open worker socket re-checks its session (logout, idle timeout, role).
CHAT_SESSION_CHECK_SECONDS = env_int("CHAT_SESSION_CHECK_SECONDS", default=5, minimum=1)
# A worker with no console open this long goes off duty; their chats go back to the queue.
CHAT_AWAY_GRACE_SECONDS = env_int("CHAT_AWAY_GRACE_SECONDS", default=60, minimum=5)
# The largest WebSocket frame the chat reads; larger ones close the socket with 1009.
CHAT_MAX_FRAME_BYTES = 64 * 1024

# --- Logging: never a client address or user agent --------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        # django.request and django.security would print the request's address in some
        # messages; our access log replaces them.
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        "uvicorn.access": {"handlers": [], "propagate": False},
        "axes": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}
