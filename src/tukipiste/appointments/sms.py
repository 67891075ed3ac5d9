"""Text messages through a pluggable backend, as Django's e-mail backends.

``SMS_BACKEND`` names the class: ``ConsoleBackend`` (the default, ``make run``) prints the
message; ``ElksBackend`` sends it through 46elks' HTTP API (``POST /a1/sms`` with HTTP basic
authentication and the form fields ``from``, ``to`` and ``message``; see
https://46elks.com/docs/send-sms). ``SMS_API_URL`` points it elsewhere, as the tests do at a
local fake server. Nothing here logs the number or the text.
"""

from __future__ import annotations

import base64
import logging
import sys
import urllib.error
import urllib.parse
import urllib.request
from typing import Protocol

from django.conf import settings
from django.utils.module_loading import import_string

log = logging.getLogger(__name__)


class SmsError(RuntimeError):
    """The provider refused or could not be reached; the caller tries again later."""


class SmsBackend(Protocol):
    def send(self, *, to: str, body: str) -> None: ...


class ConsoleBackend:
    """Prints each message to standard output, for development."""

    def send(self, *, to: str, body: str) -> None:
        sys.stdout.write(f"SMS to {to}:\n{body}\n\n")
        sys.stdout.flush()


class ElksBackend:
    """46elks (a Nordic SMS operator), configured by ``SMS_API_USERNAME``,
    ``SMS_API_PASSWORD``, ``SMS_SENDER`` and ``SMS_API_URL``."""

    timeout_seconds = 10

    def send(self, *, to: str, body: str) -> None:
        data = urllib.parse.urlencode(
            {"from": settings.SMS_SENDER, "to": to, "message": body}
        ).encode()
        credentials = f"{settings.SMS_API_USERNAME}:{settings.SMS_API_PASSWORD}".encode()
        request = urllib.request.Request(  # noqa: S310 (the URL is the operator's setting)
            settings.SMS_API_URL,
            data=data,
            method="POST",
            headers={
                "Authorization": "Basic " + base64.b64encode(credentials).decode(),
                "Content-Type": "application/x-www-form-urlencoded",
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_seconds) as response:  # noqa: S310
                status = response.status
        except urllib.error.HTTPError as error:
            raise SmsError(f"SMS provider answered {error.code}") from None
        except (urllib.error.URLError, TimeoutError) as error:
            raise SmsError(f"SMS provider unreachable: {error.__class__.__name__}") from None
        if status >= 300:
            raise SmsError(f"SMS provider answered {status}")


def backend() -> SmsBackend:
    backend_class: type[SmsBackend] = import_string(settings.SMS_BACKEND)
    return backend_class()


def send_sms(*, to: str, body: str) -> None:
    """Send one text message through the configured backend (raises ``SmsError``)."""
    backend().send(to=to, body=body)
