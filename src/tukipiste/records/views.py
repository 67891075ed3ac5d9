"""Back-office views of contact records: record, tally, list, edit, delete, client cards."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, cast

from django.contrib import messages as flash
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from tukipiste.accounts.selectors import offices_visible_to, primary_office
from tukipiste.core.audit import log_action
from tukipiste.core.paging import CappedPaginator
from tukipiste.offices.selectors import all_localities
from tukipiste.records import selectors, services
from tukipiste.records.forms import ContactForm, TallyForm, initial_for, kept_categories
from tukipiste.records.models import PEER_CHANNELS, Channel, Contact, ContactCategory

RECORD = "records.add_contact"
LAST_CHANNEL = "records_last_channel"
LAST_OFFICE = "records_last_office"
CARD_CODE = "records_card_code"
PAGE_SIZE = 50
# The contact list counts this many rows at most ("page 1 of more than 200").
LIST_COUNT_CAP = 10_000


def _require(request: HttpRequest, permission: str) -> User:
    user = cast(User, request.user)
    if not user.has_perm(permission):
        raise PermissionDenied
    return user


def _channels_for(user: User) -> list[str]:
    if user.has_perm("records.view_contact"):
        return list(Channel.values)
    return list(PEER_CHANNELS)


def _form(
    user: User, *, data: Any = None, contact: Contact | None = None, **kw: Any
) -> ContactForm:
    offices = list(offices_visible_to(user))
    if contact is not None and contact.office and contact.office not in offices:
        offices.append(contact.office)
    return ContactForm(
        data,
        categories=selectors.categories_for_forms(),
        offices=offices,
        localities=all_localities(),
        staff=selectors.staff_who_record(),
        channels=_channels_for(user),
        keep=kept_categories(contact) if contact is not None else (),
        **kw,
    )


def _defaults(request: HttpRequest, user: User) -> dict[str, Any]:
    """My office, now, the channel I used last."""
    now = timezone.localtime()
    channels = _channels_for(user)
    channel = request.session.get(LAST_CHANNEL)
    return {
        "channel": channel if channel in channels else channels[0],
        "date": now.date(),
        "time": now.time().replace(second=0, microsecond=0),
        "office": request.session.get(LAST_OFFICE) or _my_office_id(user),
        "workers": [str(user.pk)],
    }


def _my_office_id(user: User) -> int | None:
    """The first office I work for, else (an administrator or coordinator who works for
    none) the first office I may record for, in display order."""
    mine = primary_office(user) or offices_visible_to(user).first()
    return int(mine.pk) if mine is not None else None


def _safe_next(request: HttpRequest, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return fallback


def contact_new(request: HttpRequest) -> HttpResponse:
    user = _require(request, RECORD)
    if request.method != "POST":
        form = _form(user, initial=_defaults(request, user))
        return render(request, "records/contact_form.html", {"form": form, "is_new": True})
    form = _form(user, data=request.POST)
    if form.is_valid():
        given = form.contact_input()
        try:
            code = ""
            if form.cleaned_data.get("new_client_code"):
                contact, code = services.record_contact_with_new_client_code(contact=given, by=user)
            else:
                contact = services.record_contact(contact=given, by=user)
        except ValidationError as error:
            form.add_service_errors(error.message_dict)
        else:
            request.session[LAST_CHANNEL] = contact.channel
            request.session[LAST_OFFICE] = contact.office_id
            flash.success(request, _("Contact saved."))
            if code:
                request.session[CARD_CODE] = code
                return HttpResponseRedirect(reverse("records_client_code_card"))
            return HttpResponseRedirect(reverse("records_contact_new"))
    return render(request, "records/contact_form.html", {"form": form, "is_new": True}, status=400)


def _prefetched(queryset: Any) -> Any:
    return queryset.select_related("office", "locality").prefetch_related(
        Prefetch("category_links", queryset=ContactCategory.objects.select_related("category")),
        "supplies",
        "workers",
    )


def contact_edit(request: HttpRequest, pk: int) -> HttpResponse:
    user = _require(request, RECORD)
    contact = _prefetched(selectors.contacts_editable_by(user)).filter(pk=pk).first()
    if contact is None:
        raise PermissionDenied  # also when it does not exist: ids tell nothing either way
    back = _safe_next(request, reverse("records_contacts"))
    initial = initial_for(contact)
    context: dict[str, Any] = {"contact": contact, "next": back, "is_new": False}
    if request.method != "POST":
        log_action(actor=user, action="records.contact.viewed", obj=contact)
        context["form"] = _form(user, contact=contact, initial=initial)
        return render(request, "records/contact_form.html", context)
    form = _form(user, data=request.POST, contact=contact, initial=initial)
    context["form"] = form
    if form.is_valid():
        changes = form.contact_input()
        if not form.cleaned_data.get("client_code") and request.POST.get("keep_client"):
            changes = replace(changes, client=contact.client)
        try:
            services.change_contact(contact=contact, changes=changes, by=user)
        except ValidationError as error:
            form.add_service_errors(error.message_dict)
        else:
            flash.success(request, _("Contact saved."))
            return HttpResponseRedirect(back)
    return render(request, "records/contact_form.html", context, status=400)


def contact_delete(request: HttpRequest, pk: int) -> HttpResponse:
    user = _require(request, "records.delete_contact")
    contact = selectors.contacts_deletable_by(user).select_related("office").filter(pk=pk).first()
    if contact is None:
        raise PermissionDenied
    if request.method == "POST":
        services.delete_contact(contact=contact, by=user)
        flash.success(request, _("Contact deleted."))
        return HttpResponseRedirect(reverse("records_contacts"))
    return render(request, "records/contact_delete.html", {"contact": contact})


def contact_list(request: HttpRequest) -> HttpResponse:
    user = _require(request, RECORD)
    contacts = selectors.contact_list_for(user)
    channel = request.GET.get("channel", "")
    if channel in Channel.values:
        contacts = contacts.filter(channel=channel)
    page = CappedPaginator(contacts, PAGE_SIZE, cap=LIST_COUNT_CAP).get_page(
        request.GET.get("page")
    )
    editable = set(
        selectors.contacts_editable_by(user)
        .filter(pk__in=[c.pk for c in page])
        .values_list("pk", flat=True)
    )
    log_action(actor=user, action="records.contact.listed", object_type="records.contact")
    return render(
        request,
        "records/contact_list.html",
        {
            "page": page,
            "editable": editable,
            "channels": Channel.choices,
            "channel": channel,
            "can_delete": user.has_perm("records.delete_contact"),
        },
    )


def tally(request: HttpRequest) -> HttpResponse:
    """One press per visitor of a busy drop-in; the categories are filled in afterwards."""
    user = _require(request, RECORD)
    offices = list(offices_visible_to(user))
    channels = _channels_for(user)
    defaults = _defaults(request, user)
    if request.method == "POST":
        form = TallyForm(request.POST, offices=offices, channels=channels)
        if form.is_valid():
            contact = services.record_contact(
                contact=services.ContactInput(
                    channel=form.cleaned_data["channel"],
                    started_at=timezone.now(),
                    office=form.cleaned_data["office"],
                ),
                by=user,
            )
            request.session[LAST_CHANNEL] = contact.channel
            request.session[LAST_OFFICE] = contact.office_id
            return HttpResponseRedirect(reverse("records_tally"))
        status = 400
    else:
        form = TallyForm(
            initial={
                "office": defaults["office"],
                "channel": request.session.get(LAST_CHANNEL) or Channel.DROP_IN,
            },
            offices=offices,
            channels=channels,
        )
        status = 200
    today = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    pending = list(
        selectors.contacts_editable_by(user)
        .filter(
            recorded_by=user,
            started_at__gte=today,
            gender__isnull=True,
            age_band__isnull=True,
            category_links__isnull=True,
        )
        .select_related("office")
        .order_by("-started_at")[:100]
    )
    return render(request, "records/tally.html", {"form": form, "pending": pending}, status=status)


def client_code_new(request: HttpRequest) -> HttpResponse:
    user = _require(request, RECORD)
    if request.method == "POST":
        office = offices_visible_to(user).filter(pk=request.POST.get("office") or 0).first()
        _record, code = services.create_client_code(by=user, office=office)
        request.session[CARD_CODE] = code
        return HttpResponseRedirect(reverse("records_client_code_card"))
    return render(request, "records/client_code_new.html", {"offices": offices_visible_to(user)})


def client_code_card(request: HttpRequest) -> HttpResponse:
    """The code, shown once, on a card to print; it is never stored in clear."""
    _require(request, RECORD)
    code = request.session.pop(CARD_CODE, "")
    response = render(request, "records/client_code_card.html", {"code": code})
    response["Cache-Control"] = "no-store"
    return response
