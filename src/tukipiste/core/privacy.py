"""What the platform stores about a client and what it never stores, told to clients.

One inventory renders both the public privacy page (in the reader's language, with the
retention periods in force) and the summary at the top of ``docs/privacy.md`` (in English,
with the default periods), so the two cannot drift: a test compares the file with
``render_markdown()``. Regenerate the file's summary with
``manage.py privacy_summary docs/privacy.md``. The field tables below that summary stay
the reviewed, complete list; every field named here must be one of them (tested too).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from tukipiste.core.models import DEFAULT_RETENTION_DAYS, DataKind

BEGIN = "<!-- generated from src/tukipiste/core/privacy.py: do not edit by hand -->"
END = "<!-- end of generated summary -->"


@dataclass(frozen=True)
class Stored:
    """One thing the platform keeps about a client."""

    what: Promise
    why: Promise
    who: Promise
    # Either a retention kind (a period editors of retention can change) or a fixed sentence.
    kind: DataKind | None
    kept: Promise | None
    fields: tuple[str, ...]


NEVER_STORED: tuple[Promise, ...] = (
    _("Your IP address, your device or browser, or the page you came from."),
    _(
        "Your name, nationality or residence status: we never ask for them. A phone number or "
        "e-mail only if you want a reminder of an appointment."
    ),
    _(
        "Cookies on the public pages, and anything loaded from other companies' servers: no "
        "analytics, no advertising, no fonts or maps from elsewhere."
    ),
    _("The town you look up under “Help in your town”: it is neither saved nor logged."),
)

STORED: tuple[Stored, ...] = (
    Stored(
        what=_("Your chat messages and the nickname you chose for the chat"),
        why=_("so that the worker can answer you and you can continue after a lost connection"),
        who=_("the worker in your chat and the coordinators"),
        kind=DataKind.CHAT_TRANSCRIPTS,
        kept=_("Then they are deleted. You can also erase your chat yourself at once."),
        fields=("chat.ChatMessage.body", "chat.Chat.nickname"),
    ),
    Stored(
        what=_("Your words and rating after a chat, if you give them"),
        why=_("to make the chat better"),
        who=_("the coordinators: the words as you wrote them, the ratings as totals"),
        kind=DataKind.CHAT_TRANSCRIPTS,
        kept=_("Then the words are deleted; the rating stays as an anonymous number."),
        fields=("chat.ChatFeedback.words", "chat.ChatFeedback.rating"),
    ),
    Stored(
        what=_(
            "An appointment you book: the nickname you give, your short message, and a phone "
            "number or e-mail if you want a reminder"
        ),
        why=_(
            "so that the worker knows whom to expect and you can move or cancel it with your code"
        ),
        who=_(
            "the workers of the office and the coordinators; the phone number and e-mail "
            "nobody: only the reminder uses them"
        ),
        kind=DataKind.APPOINTMENTS,
        kept=_(
            "Counted from the appointment; then it is deleted. The phone number and e-mail are "
            "erased as soon as the appointment is over or cancelled."
        ),
        fields=(
            "appointments.Appointment.nickname",
            "appointments.Appointment.message",
            "appointments.Appointment.reminder_email",
            "appointments.Appointment.reminder_phone",
        ),
    ),
    Stored(
        what=_("The nickname you give when you sign up for an event, if you give one"),
        why=_("so that the facilitators know whom to wait for"),
        who=_("the staff of the event's office"),
        kind=None,
        kept=_("Erased a day after the event; only the number of places taken stays."),
        fields=("community.EventSignup.nickname",),
    ),
    Stored(
        what=_("Your anonymous message and our reply"),
        why=_("so that you can read the reply later with your code"),
        who=_("workers and coordinators"),
        kind=DataKind.OFFLINE_MESSAGES,
        kept=_(
            "Then both are deleted. Of your code we keep only a scrambled form that cannot be "
            "turned back into it."
        ),
        fields=("chat.OfflineMessage.body", "chat.OfflineMessage.reply"),
    ),
    Stored(
        what=_("Feedback you send, and contact details only if you add them for a reply"),
        why=_("to answer you and to improve our work"),
        who=_("workers, coordinators and administrators"),
        kind=DataKind.FEEDBACK_CONTACTS,
        kept=_("Then the contact details are deleted; the feedback itself is kept for our work."),
        fields=("website.Feedback.message", "website.Feedback.reply_contact"),
    ),
    Stored(
        what=_(
            "A record of each meeting with us, without your name: date, kind of contact, age "
            "group, gender, language and topics"
        ),
        why=_("for statistics that our funders require; nobody can be recognised from them"),
        who=_("the workers of the office and the coordinators; statistics hide small numbers"),
        kind=None,
        kept=_("Kept as anonymous statistics."),
        fields=(
            "records.Contact.started_at",
            "records.Contact.channel",
            "records.Contact.age_band",
            "records.Contact.gender",
            "records.Contact.language",
            "records.Contact.categories",
        ),
    ),
    Stored(
        what=_(
            "If we meet you in outreach (on the street, at a venue or on an online forum): "
            "the place or forum, the time and how many people we met, never who"
        ),
        why=_("to plan outreach and to report it to our funders"),
        who=_("the workers who took part, the workers of the office and the coordinators"),
        kind=None,
        kept=_("Kept as anonymous statistics."),
        fields=(
            "outreach.OutreachSession.venue",
            "outreach.OutreachSession.forum",
            "outreach.OutreachSession.people_reached",
            "outreach.SessionContact.contact",
        ),
    ),
)


def kept_for(days: int) -> str:
    """A retention period ("30 days"), in the active language."""
    return ngettext("%(days)d day", "%(days)d days", days) % {"days": days}


def render_markdown() -> str:
    """The summary of ``docs/privacy.md``, in English with the default retention periods."""
    with translation.override("en"):
        lines = [BEGIN, "## In short (the public privacy page says the same)", ""]
        lines.append("Never stored:")
        lines += [f"- {item}" for item in NEVER_STORED]
        lines += ["", "Stored:", ""]
        lines += ["| what | why | who sees it | how long |", "|---|---|---|---|"]
        for item in STORED:
            parts = []
            if item.kind is not None:
                parts.append(kept_for(DEFAULT_RETENTION_DAYS[item.kind]) + " (default).")
            if item.kept is not None:
                parts.append(str(item.kept))
            fields = ", ".join(f"`{name}`" for name in item.fields)
            lines.append(
                f"| {item.what} ({fields}) | {item.why} | {item.who} | {' '.join(parts)} |"
            )
        lines.append(END)
    return "\n".join(lines) + "\n"


def replace_summary(text: str) -> str:
    """``text`` (the privacy document) with its generated summary brought up to date."""
    start, end = text.index(BEGIN), text.index(END) + len(END) + 1
    return text[:start] + render_markdown() + text[end:]
