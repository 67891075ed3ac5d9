"""Finland's national help services for urgent situations, shown on the help page in every
language.

Public numbers of public services (the brief allows them as facts clients need), checked
against the services' own pages; each entry keeps the service's own Finnish name so that a
reader can find it and be understood when calling. Hours are given only where the service
itself promises round-the-clock answering.

Last checked on 29.11.2026: 116 006 on Victim Support Finland's own pages and the EU's
e-Justice portal; 0295 463 177 (+358 2954 63177, 24 h) on the Finnish Immigration
Service's page of the assistance system; 080 005 005 and 0800 97899 on e-Justice's list of
victims' helplines; 09 2525 0111 in MIELI's announcements of its round-the-clock line.
Check again once a year, and whenever a service announces a new number.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Helpline:
    name: Promise
    own_name: str
    number: str
    for_whom: Promise
    always_open: bool
    website: str


HELPLINES: tuple[Helpline, ...] = (
    Helpline(
        name=_("Emergency number"),
        own_name="Hätänumero",
        number="112",
        for_whom=_("Danger to life or health, violence happening now: police, ambulance, rescue."),
        always_open=True,
        website="112.fi",
    ),
    Helpline(
        name=_("Nollalinja helpline for violence in close relationships"),
        own_name="Nollalinja",
        number="080 005 005",
        for_whom=_(
            "Violence or threats by a partner, ex-partner or family member, and violence "
            "against women. Free; your number is not shown to them."
        ),
        always_open=True,
        website="nollalinja.fi",
    ),
    Helpline(
        name=_("Victim Support Finland"),
        own_name="Rikosuhripäivystys (RIKU)",
        number="116 006",
        for_whom=_(
            "Advice and support after any crime, also when you do not want to report it to "
            "the police."
        ),
        always_open=False,
        website="riku.fi",
    ),
    Helpline(
        name=_("MIELI Crisis Helpline"),
        own_name="MIELI Kriisipuhelin",
        number="09 2525 0111",
        for_whom=_("Someone to talk to in a crisis, when you are afraid or thinking of suicide."),
        always_open=True,
        website="mieli.fi",
    ),
    Helpline(
        name=_("Assistance System for Victims of Human Trafficking"),
        own_name="Ihmiskaupan uhrien auttamisjärjestelmä",
        number="0295 463 177",
        for_whom=_(
            "If you are forced to work or to sell sex, or someone controls your money, "
            "passport or life. Help also without a residence permit."
        ),
        always_open=True,
        website="ihmiskauppa.fi",
    ),
    Helpline(
        name=_("Tukinainen rape crisis centre"),
        own_name="Raiskauskriisikeskus Tukinainen",
        number="0800 97899",
        for_whom=_("Support after rape or other sexual violence, however long ago it happened."),
        always_open=False,
        website="tukinainen.fi",
    ),
)
