"""The client's booking pages: choose, book, and see, move or cancel with the code.

No JavaScript and no cookie: the choice is a GET form, the booking and every use of the code
are cookieless public forms (``core.publicforms``). The code travels only in POST bodies,
never in a URL, so no log or browser history holds it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from tukipiste.appointments import ics, selectors, services, slots
from tukipiste.appointments.forms import REMOTE_PLACES, BookingForm, ChoiceForm, CodeForm
from tukipiste.appointments.models import Appointment, AppointmentKind, Mode
from tukipiste.core.publicforms import PublicForm, public_form_view
from tukipiste.offices.selectors import all_offices

BOOKING = PublicForm(
    name="appointment-booking",
    template="appointments/book.html",
    hourly_limit_setting="APPOINTMENT_BOOKINGS_PER_HOUR",
)
# Every use of a code counts, wrong or right: guessing codes is slowed down per person.
MANAGE = PublicForm(
    name="appointment-code",
    template="appointments/manage.html",
    hourly_limit_setting="APPOINTMENT_CODE_TRIES_PER_HOUR",
)


def _choices() -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[AppointmentKind]]:
    kinds = selectors.bookable_kinds()
    offering = {office.pk for kind in kinds for office in kind.offices.all()}
    places = [(o.slug, o.name) for o in all_offices() if o.pk in offering]
    places += [("phone", str(Mode.PHONE.label)), ("chat", str(Mode.CHAT.label))]
    return places, [(k.slug, k.name) for k in kinds], kinds


def _place(slug: str) -> tuple[str, int | None]:
    if slug in REMOTE_PLACES:
        return REMOTE_PLACES[slug], None
    office = all_offices().filter(slug=slug).values_list("pk", flat=True).first()
    return Mode.OFFICE, office


def _calendar(
    free: dict[dt.datetime, list[int]], *, first_day: dt.date, days: int
) -> list[dict[str, Any]]:
    by_day: dict[dt.date, list[dt.datetime]] = defaultdict(list)
    for start in free:
        local = start.astimezone(slots.HELSINKI)
        by_day[local.date()].append(local)
    return [
        {
            "date": first_day + dt.timedelta(days=i),
            "times": by_day.get(first_day + dt.timedelta(days=i), []),
        }
        for i in range(days)
    ]


def _booking_context(form: ChoiceForm, kinds: list[AppointmentKind]) -> dict[str, Any]:
    """What the page shows below the choice: the week's free times, when the choice is whole
    and offered."""
    context: dict[str, Any] = {
        "choice": form,
        "kinds": kinds,
        "weeks": range(selectors.WEEKS_AHEAD + 1),
    }
    if not form.is_bound or not form.is_valid():
        return context
    data = form.cleaned_data
    kind = next(k for k in kinds if k.slug == data["kind"])
    mode, office_id = _place(data["place"])
    context.update(kind=kind, mode=mode)
    if not selectors.kind_offered(
        kind=kind, mode=mode, office_id=office_id, language=data["language"]
    ):
        context["not_offered"] = True
        return context
    now = timezone.now()
    week = data.get("week") or 0
    first_day = selectors.helsinki_today(now) + dt.timedelta(weeks=week)
    free = selectors.free_times(
        kind=kind,
        mode=mode,
        office_id=office_id,
        first_day=first_day,
        last_day=first_day + dt.timedelta(days=6),
        now=now,
    )
    calendar = _calendar(free, first_day=first_day, days=7)
    context.update(
        calendar=calendar,
        # The first time gets the id the error summary links to.
        first_slot=next((times[0] for day in calendar if (times := day["times"])), None),
        week=week,
        previous_week=week - 1 if week > 0 else None,
        next_week=week + 1 if week < selectors.WEEKS_AHEAD else None,
        show_form=True,
    )
    return context


@public_form_view
def book(request: HttpRequest) -> HttpResponse:
    places, kind_choices, kinds = _choices()
    if request.method == "GET":
        choice = ChoiceForm(request.GET or None, places=places, kinds=kind_choices)
        form = BookingForm(
            initial=dict(request.GET.items()) if choice.is_bound else None,
            places=places,
            kinds=kind_choices,
        )
        return BOOKING.render(request, form, context=_booking_context(choice, kinds))

    form = BookingForm(request.POST, places=places, kinds=kind_choices)
    choice = ChoiceForm(request.POST, places=places, kinds=kind_choices)
    context = _booking_context(choice, kinds)
    if (refused := BOOKING.refusal(request, form, context=context)) is not None:
        return refused
    data = form.cleaned_data
    mode, office_id = _place(data["place"])
    booking = services.BookingRequest(
        kind=next(k for k in kinds if k.slug == data["kind"]),
        mode=mode,
        office_id=office_id,
        language=data["language"],
        starts_at=data["slot"],
        nickname=data["nickname"],
        email=data["email"],
        phone=data["phone"],
        message=data["message"],
        page_language=get_language() or settings.LANGUAGE_CODE,
    )
    try:
        appointment, code = services.book_appointment(request=booking, now=timezone.now())
    except ValidationError as error:
        for field, messages in error.message_dict.items():
            for message in messages:
                form.add_error(field if field in form.fields else None, message)
        return BOOKING.render(request, form, status=400, context=context)
    except services.SlotTaken as taken:
        context = _booking_context(choice, kinds)
        return BOOKING.render(
            request,
            form,
            status=409,
            error=_("Someone else booked this time a moment ago. Please choose another time."),
            context={**context, "nearest": [t.astimezone(slots.HELSINKI) for t in taken.nearest]},
        )
    return _render_booked(request, appointment, code)


def _detail(
    request: HttpRequest,
    appointment: Appointment,
    *,
    code: str,
    status: int = 200,
    **extra: Any,
) -> HttpResponse:
    now = timezone.now()
    free = selectors.upcoming_free_times(
        kind=appointment.kind,
        mode=appointment.mode,
        office_id=appointment.office_id if appointment.mode == Mode.OFFICE else None,
        now=now,
    )
    first_day = selectors.helsinki_today(now)
    calendar = [day for day in _calendar(free, first_day=first_day, days=15) if day["times"]]
    form = CodeForm(initial={"code": code})
    return MANAGE.render(
        request,
        form,
        status=status,
        context={"appointment": appointment, "code": code, "move_calendar": calendar, **extra},
    )


def _render_booked(request: HttpRequest, appointment: Appointment, code: str) -> HttpResponse:
    # The code is shown once here; the page carries a code form for the .ics download.
    return render(
        request,
        "appointments/booked.html",
        {"appointment": appointment, "code": code, **MANAGE.token_context()},
    )


@public_form_view
def manage(request: HttpRequest) -> HttpResponse:
    form = CodeForm(request.POST if request.method == "POST" else None)
    if request.method == "GET":
        return MANAGE.render(request, form)
    if (refused := MANAGE.refusal(request, form)) is not None:
        return refused
    data = form.cleaned_data
    now = timezone.now()
    appointment = selectors.appointment_by_code(code=data["code"], now=now)
    if appointment is None:
        # Wrong, cancelled and past codes alike: nothing tells which codes exist.
        return MANAGE.render(
            request,
            form,
            status=404,
            error=_(
                "No coming appointment was found with this code. Check the code and try again."
            ),
        )
    code = data["code"]
    action = data["action"]
    if action == "ics":
        return ics.response(appointment)
    if action == "cancel":
        services.cancel_by_client(appointment=appointment)
        return render(request, "appointments/cancelled.html", {"appointment": appointment})
    if action == "move":
        try:
            appointment = services.move_appointment(
                appointment=appointment, starts_at=data["slot"], now=now
            )
        except ValidationError as error:
            return _detail(
                request, appointment, code=code, status=400, move_error=" ".join(error.messages)
            )
        except services.SlotTaken as taken:
            message = _("Someone else booked this time a moment ago. Please choose another time.")
            return _detail(
                request,
                appointment,
                code=code,
                status=409,
                move_error=message,
                nearest=[t.astimezone(slots.HELSINKI) for t in taken.nearest],
            )
        return _detail(request, appointment, code=code, moved=True)
    return _detail(request, appointment, code=code)
