"""Back-office views of staff accounts: two-factor login, sessions, locked accounts."""

from __future__ import annotations

from typing import Any, cast

from axes.utils import reset as axes_reset
from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django_otp import login as otp_login

from tukipiste.accounts import lockout, services, twofactor
from tukipiste.core.audit import log_action


class TokenForm(forms.Form):
    token = forms.CharField(
        label=gettext_lazy("Code"),
        max_length=32,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
        error_messages={"required": gettext_lazy("Type the code from your authenticator app.")},
    )


def _next_url(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return reverse("wagtailadmin_home")


def _verified(request: HttpRequest, device: Any) -> None:
    """Mark the session verified under a new key: a key seen before the second factor (on
    a shared computer, in a proxy) must not become a verified session."""
    otp_login(request, device)
    request.session.cycle_key()


def logout_view(request: HttpRequest) -> HttpResponse:
    """Log out on POST only; a GET (a link, a prefetch) asks first and ends nothing."""
    if request.method == "POST":
        from wagtail.admin.views.account import LogoutView

        user_id = request.user.pk
        response = LogoutView.as_view()(request)
        if user_id is not None:
            # Now that the session is deleted (Django's logged-out signal comes before),
            # open sockets of this user look again and find it gone.
            services.access_changed(user_id=user_id)
        return response
    if not request.user.is_authenticated:
        return HttpResponseRedirect(reverse("wagtailadmin_login"))
    return render(request, "accounts/logout_confirm.html")


@login_required(login_url="wagtailadmin_login")
def two_factor_setup(request: HttpRequest) -> HttpResponse:
    user = cast(User, request.user)
    if twofactor.has_confirmed_device(user=user) and not user.is_verified():  # type: ignore[attr-defined]
        return HttpResponseRedirect(reverse("accounts_2fa_verify"))
    device = twofactor.pending_device(user=user)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        codes = twofactor.confirm_enrolment(user=user, token=form.cleaned_data["token"])
        if codes is not None:
            device.refresh_from_db()
            _verified(request, device)
            return render(
                request,
                "accounts/recovery_codes.html",
                {"codes": codes, "next": _next_url(request)},
            )
        form.add_error(
            "token",
            _("That code did not match. Check the time on your phone and try the newest code."),
        )
    return render(
        request,
        "accounts/two_factor_setup.html",
        {
            "form": form,
            "qr_svg": twofactor.provisioning_qr_svg(device=device),
            "manual_key": twofactor.manual_key(device=device),
            "next": _next_url(request),
        },
        status=400 if form.errors else 200,
    )


@login_required(login_url="wagtailadmin_login")
def two_factor_verify(request: HttpRequest) -> HttpResponse:
    user = cast(User, request.user)
    if not twofactor.has_confirmed_device(user=user):
        return HttpResponseRedirect(reverse("accounts_2fa_setup"))
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = twofactor.verify(user=user, token=form.cleaned_data["token"])
        if device is not None:
            _verified(request, device)
            return HttpResponseRedirect(_next_url(request))
        if twofactor.code_already_used(user=user, token=form.cleaned_data["token"]):
            form.add_error(
                "token",
                _("That code was already used. Wait for the next code in your app, then type it."),
            )
        else:
            form.add_error(
                "token", _("That code did not match. Try the newest code, or a recovery code.")
            )
    return render(
        request,
        "accounts/two_factor_verify.html",
        {"form": form, "next": _next_url(request)},
        status=400 if form.errors else 200,
    )


@require_POST
@login_required(login_url="wagtailadmin_login")
def new_recovery_codes(request: HttpRequest) -> HttpResponse:
    codes = twofactor.new_recovery_codes(user=cast(User, request.user))
    return render(
        request,
        "accounts/recovery_codes.html",
        {"codes": codes, "next": reverse("wagtailadmin_home")},
    )


@login_required(login_url="wagtailadmin_login")
def logout_everywhere(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return render(request, "accounts/logout_everywhere.html")
    services.end_all_sessions(user=cast(User, request.user))
    logout(request)
    messages.success(request, _("You have been logged out on every device."))
    return HttpResponseRedirect(reverse("wagtailadmin_login"))


def locked_accounts(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm("accounts.unlock_accounts"):
        raise PermissionDenied
    if request.method == "POST":
        username = request.POST.get("username", "")[:150]
        axes_reset(username=username)
        log_action(
            actor=request.user,
            action="accounts.account.unlocked",
            object_type="auth.user",
            object_id=username[:64],
        )
        messages.success(
            request, _("The account %(username)s can log in again.") % {"username": username}
        )
        return HttpResponseRedirect(reverse("accounts_locked"))
    return render(
        request, "accounts/locked_accounts.html", {"attempts": lockout.accounts_under_attack()}
    )
