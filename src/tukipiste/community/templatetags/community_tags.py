"""Template tags of community activities, also used by the website's community page."""

from __future__ import annotations

from django import template
from django.utils import timezone

from tukipiste.community import selectors

register = template.Library()


@register.simple_tag
def status_label(entry: selectors.Entry) -> str:
    return selectors.status_label(entry)


@register.simple_tag
def next_meetings_of_groups() -> list[selectors.Entry]:
    """The next meeting of each group, for the community page."""
    return selectors.next_meetings_of_groups(now=timezone.now())
