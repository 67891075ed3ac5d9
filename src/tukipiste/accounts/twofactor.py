"""Two-factor login with django-otp: TOTP enrolment, recovery codes, verification."""

from __future__ import annotations

import io
import secrets
import time

import qrcode
import qrcode.image.svg
from django.contrib.auth.models import User
from django.db import transaction
from django_otp import match_token
from django_otp.models import Device
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODE_COUNT = 10


def has_confirmed_device(*, user: User) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def pending_device(*, user: User) -> TOTPDevice:
    """The unconfirmed authenticator being enrolled, created on first call."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)
    return device


def provisioning_qr_svg(*, device: TOTPDevice) -> str:
    """The ``otpauth://`` URI of the device as an inline SVG QR code, drawn here, not fetched."""
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = io.BytesIO()
    image.save(buffer)
    svg = buffer.getvalue().decode()
    return svg[svg.index("<svg") :]


def manual_key(*, device: TOTPDevice) -> str:
    """The device's secret in base32, grouped by four for typing into an app by hand."""
    import base64

    key = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


@transaction.atomic
def confirm_enrolment(*, user: User, token: str) -> list[str] | None:
    """Confirm the pending authenticator with a code from it.

    Returns fresh single-use recovery codes (shown once), or None when the code is wrong.
    """
    device = pending_device(user=user)
    if not device.verify_token(_clean(token)):
        return None
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    return new_recovery_codes(user=user)


def new_recovery_codes(*, user: User) -> list[str]:
    """Replace the user's recovery codes with new ones and return them."""
    static, _ = StaticDevice.objects.get_or_create(user=user, name="recovery")
    static.token_set.all().delete()
    codes = [secrets.token_hex(5) for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=static, token=code) for code in codes)
    return codes


def verify(*, user: User, token: str) -> Device | None:
    """The device that accepts ``token`` (an app code or an unused recovery code), or None."""
    return match_token(user, _clean(token))


def code_already_used(*, user: User, token: str) -> bool:
    """Whether ``token`` is an app code that was right but has been used already (django-otp
    accepts each time step once: ``last_t``), so the person should wait for the next code
    rather than be told it did not match. Reads only: no throttling, no saving."""
    token = _clean(token)
    if not token.isdigit():
        return False
    for device in TOTPDevice.objects.filter(user=user, confirmed=True):
        totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
        totp.time = time.time()
        if totp.verify(int(token), device.tolerance) and not totp.verify(
            int(token), device.tolerance, device.last_t + 1
        ):
            return True
    return False


def _clean(token: str) -> str:
    return "".join(token.split())[:16]
