"""Cross-site protection for anonymous public forms, without a cookie.

Django's CSRF protection needs a cookie, and a client's first visit must set none
(principle 2). Public forms are therefore protected by three checks instead:

1. the browser's ``Sec-Fetch-Site`` header, when sent, must say ``same-origin``;
2. the ``Origin`` header, when sent, must be one of the site's own origins;
3. the form carries a signed, time-stamped token naming the form, so a post must come from a
   form this site rendered within ``PUBLIC_FORM_MAX_AGE_SECONDS``.

Browsers that send neither header (old phones, Tor Browser's strict mode) still pass on the
signed token alone.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.core import signing
from django.http import HttpRequest

_SALT = "tukipiste.publicform"
TOKEN_FIELD = "form_token"  # noqa: S105 (a field name, not a secret)


def make_form_token(*, form_name: str) -> str:
    """Return a fresh signed token for the named public form."""
    signer = signing.TimestampSigner(salt=_SALT)
    return signer.sign(f"{form_name}:{secrets.token_urlsafe(8)}")


def form_context(*, form_name: str) -> dict[str, str]:
    """Template context for the hidden token field of a public form."""
    return {"form_token": make_form_token(form_name=form_name), "token_field": TOKEN_FIELD}


def request_is_same_site(*, request: HttpRequest, form_name: str) -> bool:
    """Tell whether a POST to a public form came from a page of this site."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None and fetch_site not in {"same-origin", "none"}:
        return False
    origin = request.headers.get("Origin")
    if origin is not None and origin != "null" and origin not in _own_origins(request):
        return False
    token = request.POST.get(TOKEN_FIELD, "")
    signer = signing.TimestampSigner(salt=_SALT)
    try:
        value = signer.unsign(token, max_age=settings.PUBLIC_FORM_MAX_AGE_SECONDS)
    except signing.BadSignature:
        return False
    return value.split(":", 1)[0] == form_name


def _own_origins(request: HttpRequest) -> set[str]:
    return {*settings.SITE_ORIGINS, f"{request.scheme}://{request.get_host()}"}
