"""StreamField blocks of the public pages."""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from tukipiste.offices import selectors as offices
from tukipiste.offices.models import DutyKind


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=120)
    text = blocks.RichTextBlock(label=_("text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "website/blocks/callout.html"


class DutyHoursBlock(blocks.StructBlock):
    """Every office's weekly hours of one duty kind, always current from the office records."""

    service = blocks.ChoiceBlock(label=_("service"), choices=DutyKind.choices)

    class Meta:
        icon = "time"
        label = _("Duty hours of the offices")
        template = "website/blocks/duty_hours.html"

    def get_context(
        self, value: Any, parent_context: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        context = super().get_context(value, parent_context=parent_context)
        context["offices"] = offices.offices_with_status(
            kind=value["service"], moment=timezone.now()
        )
        context["service_label"] = DutyKind(value["service"]).label
        return context


class HelplinesBlock(blocks.StaticBlock):
    """Finland's national help services with their numbers (``website.helplines``), written
    once and shown in the reader's language."""

    class Meta:
        icon = "warning"
        label = _("National help services")
        admin_text = _("Shows the national help services and their numbers; nothing to fill in.")
        template = "website/blocks/helplines.html"

    def get_context(
        self, value: Any, parent_context: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        from tukipiste.website.helplines import HELPLINES

        context = super().get_context(value, parent_context=parent_context)
        context["helplines"] = HELPLINES
        return context


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), max_length=120, template="website/blocks/heading.html"
    )
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=["bold", "italic", "link", "ol", "ul", "h3"]
    )
    callout = CalloutBlock()
    duty_hours = DutyHoursBlock()
    helplines = HelplinesBlock()
