"""Anonymous public forms without a cookie: the one helper of the feedback form, the
anonymous-message form and the coming booking form.

Django's CSRF protection needs a cookie, and a client's first visit must set none
(principle 2). Public forms are therefore protected by three checks instead:

1. the browser's ``Sec-Fetch-Site`` header, when sent, must say ``same-origin``;
2. the ``Origin`` header, when sent, must be one of the site's own origins;
3. the form carries a signed, time-stamped token naming the form, so a post must come from a
   form this site rendered within ``PUBLIC_FORM_MAX_AGE_SECONDS``.

Browsers that send neither header (old phones, Tor Browser's strict mode) still pass on the
signed token alone. A post that passes and whose form is valid is then counted against an
hourly limit per client address (``core.ratelimit``: a daily-salted hash, never stored).

A view declares its form once and stays short::

    FEEDBACK = PublicForm(name="feedback", template="website/feedback.html",
                          hourly_limit_setting="FEEDBACK_RATE_PER_HOUR")

    @public_form_view
    def feedback(request):
        form = FeedbackForm(request.POST if request.method == "POST" else None)
        if request.method == "GET":
            return FEEDBACK.render(request, form)
        if (refused := FEEDBACK.refusal(request, form)) is not None:
            return refused
        ...  # call the service, render the result

The template includes ``core/_public_form.html`` first inside its ``<form>``: the error
summary and the hidden token. Every refusal re-renders the form with everything typed and
the reason in the user's language; nothing is lost and nothing raises.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import wraps
from typing import Any

from django import forms
from django.conf import settings
from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from tukipiste.core import ratelimit
from tukipiste.core.origins import is_site_origin

_SALT = "tukipiste.publicform"
TOKEN_FIELD = "form_token"  # noqa: S105 (a field name, not a secret)
LIMIT_PERIOD_SECONDS = 3600


@dataclass(frozen=True)
class PublicForm:
    """One cookieless public form.

    ``name`` is signed into the form's token (a token of one form does not post another)
    and names its rate limit; ``template`` renders the form; ``hourly_limit_setting`` names
    the setting that holds how many accepted posts one address may make in an hour (read
    at each post, so that tests can override it).
    """

    name: str
    template: str
    hourly_limit_setting: str

    def render(
        self,
        request: HttpRequest,
        form: forms.Form,
        *,
        error: str = "",
        status: int = 200,
        context: Mapping[str, Any] | None = None,
    ) -> HttpResponse:
        """The form with a fresh token, ``error`` above its field errors, never cached: a
        token must not be served to a second visitor by any cache."""
        response = render(
            request,
            self.template,
            {**(context or {}), "form": form, "form_error": error, **self.token_context()},
            status=status,
        )
        add_never_cache_headers(response)  # includes Cache-Control: private
        return response

    def refusal(
        self,
        request: HttpRequest,
        form: forms.Form,
        *,
        context: Mapping[str, Any] | None = None,
    ) -> HttpResponse | None:
        """Check a POST of this form. ``None`` when it came from this site with a valid
        token, ``form`` is valid and this address is under its hourly limit (the post is
        then counted); otherwise the form re-rendered with the reason: 400 for a foreign
        or expired post or an invalid form, 429 over the limit."""
        if not request_is_same_site(request=request, form_name=self.name):
            error = _("The form had expired. Your text is still here: please send it again.")
            return self.render(request, form, error=error, status=400, context=context)
        if not form.is_valid():
            return self.render(request, form, status=400, context=context)
        # Counted only now: a person correcting a mistake is not slowed down.
        if not ratelimit.hit(
            request=request,
            scope=self.name,
            limit=getattr(settings, self.hourly_limit_setting),
            period_seconds=LIMIT_PERIOD_SECONDS,
        ):
            error = _(
                "Many messages came from your connection just now. Please try again in an hour."
            )
            return self.render(request, form, error=error, status=429, context=context)
        return None

    def token_context(self) -> dict[str, str]:
        """Template context for the hidden token field."""
        return {"form_token": make_form_token(form_name=self.name), "token_field": TOKEN_FIELD}


def public_form_view(
    view: Callable[[HttpRequest], HttpResponse],
) -> Callable[[HttpRequest], HttpResponse]:
    """Mark a view of a public form: GET and POST only, no CSRF cookie (the checks of this
    module replace it), and no response cached, the thanks page with a message code
    included."""

    @wraps(view)
    def wrapper(request: HttpRequest) -> HttpResponse:
        if request.method not in ("GET", "POST"):
            return HttpResponse(status=405, headers={"Allow": "GET, POST"})
        response = view(request)
        add_never_cache_headers(response)
        return response

    return csrf_exempt(wrapper)


def make_form_token(*, form_name: str) -> str:
    """Return a fresh signed token for the named public form."""
    signer = signing.TimestampSigner(salt=_SALT)
    return signer.sign(f"{form_name}:{secrets.token_urlsafe(8)}")


def request_is_same_site(*, request: HttpRequest, form_name: str) -> bool:
    """Tell whether a POST to a public form came from a page of this site."""
    if not request_headers_are_same_site(request=request):
        return False
    token = request.POST.get(TOKEN_FIELD, "")
    signer = signing.TimestampSigner(salt=_SALT)
    try:
        value = signer.unsign(token, max_age=settings.PUBLIC_FORM_MAX_AGE_SECONDS)
    except signing.BadSignature:
        return False
    return value.split(":", 1)[0] == form_name


def request_headers_are_same_site(*, request: HttpRequest) -> bool:
    """The header half of the check: ``Sec-Fetch-Site`` and ``Origin``, when sent, say this
    site. For a form whose post carries a secret of its own (a chat's token) instead of a
    signed form token."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None and fetch_site not in {"same-origin", "none"}:
        return False
    origin = request.headers.get("Origin")
    return origin is None or origin == "null" or is_site_origin(origin, _own_origins(request))


def _own_origins(request: HttpRequest) -> list[str]:
    return [*settings.SITE_ORIGINS, f"{request.scheme}://{request.get_host()}"]
