"""Request-wide middleware: an access log without client data, and security headers."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

access_log = logging.getLogger("tukipiste.access")

# No inline script anywhere on the public site: every script is a file served by us.
PUBLIC_CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    ]
)
# The Wagtail admin sets inline styles from its own scripts; its scripts are still files.
STAFF_CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
        "base-uri 'self'",
        "object-src 'none'",
    ]
)
STAFF_PREFIXES = ("/admin/", "/django-admin/")


class AccessLogMiddleware:
    """Log method, path, status and duration of each request.

    Deliberately without the client's address, user agent, referrer or query string: the
    query string of a client page may carry a personal code.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = self.get_response(request)
        access_log.info(
            "%s %s %s %.1fms",
            request.method,
            request.path,
            response.status_code,
            (time.perf_counter() - started) * 1000,
        )
        return response


class ContentSecurityPolicyMiddleware:
    """Set the Content-Security-Policy and Permissions-Policy headers.

    The policies are fixed strings (no nonces), so that a cached page stays valid.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        staff = request.path.startswith(STAFF_PREFIXES)
        response.headers.setdefault("Content-Security-Policy", STAFF_CSP if staff else PUBLIC_CSP)
        if staff:
            # Under "no-referrer" browsers send "Origin: null" with form posts, which Django's
            # CSRF check must refuse; staff pages never link out, so same-origin leaks nothing.
            response.headers["Referrer-Policy"] = "same-origin"
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"
        )
        return response
