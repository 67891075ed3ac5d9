"""Back-office guards: two-factor verification and "log out everywhere"."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode

from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

from tukipiste.accounts.selectors import in_current_generation

STAFF_PREFIX = "/admin/"
EXEMPT_PREFIXES = (
    "/admin/login/",
    "/admin/logout/",
    "/admin/password_reset/",
    "/admin/2fa/",
    "/admin/jsi18n/",
    "/admin/sprite/",  # the icon sprite the login-style pages load; holds no data
)


class StaffSessionMiddleware:
    """Send staff without a verified second factor to enrolment or verification.

    Runs after django-otp's middleware. Also ends sessions older than the user's last
    "log out everywhere".
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            from tukipiste.accounts.services import ensure_profile
            from tukipiste.accounts.twofactor import has_confirmed_device

            ensure_profile(user=user)
            if not in_current_generation(user=user, session=request.session):
                logout(request)
                return HttpResponseRedirect(reverse("wagtailadmin_login"))
            if (
                request.path.startswith(STAFF_PREFIX)
                and not request.path.startswith(EXEMPT_PREFIXES)
                and not user.is_verified()
            ):
                name = (
                    "accounts_2fa_verify"
                    if has_confirmed_device(user=user)
                    else "accounts_2fa_setup"
                )
                query = urlencode({"next": request.get_full_path()})
                return HttpResponseRedirect(f"{reverse(name)}?{query}")
        return self.get_response(request)
