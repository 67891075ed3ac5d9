"""Who may read the health detail and the metrics.

Both say how busy the service is (queue length, workers on duty), which is not for the
public. A request may read them when it comes straight from this machine (loopback peer, no
``X-Forwarded-For``: the proxy always adds one, so nothing through the proxy qualifies), or
when it carries ``Authorization: Bearer <OPS_TOKEN>`` (a Prometheus on another machine,
scraping the ASGI processes directly). nginx refuses ``/ops/`` besides (decision 0016).
"""

from __future__ import annotations

import hmac
import ipaddress

from django.conf import settings
from django.http import HttpRequest


def _loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def may_read_ops(request: HttpRequest) -> bool:
    """Whether ``request`` may read ``/ops/health`` and ``/ops/metrics``."""
    token: str = settings.OPS_TOKEN
    if token:
        given = request.headers.get("Authorization", "")
        if given.startswith("Bearer ") and hmac.compare_digest(
            given.removeprefix("Bearer ").encode(), token.encode()
        ):
            return True
    direct = "HTTP_X_FORWARDED_FOR" not in request.META and "HTTP_FORWARDED" not in request.META
    return direct and _loopback(request.META.get("REMOTE_ADDR", "") or "")
