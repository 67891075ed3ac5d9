"""Template tags of the national project's staff views that other apps' pages include (the
chat console's service path lookup)."""

from django import template

from tukipiste.national.forms import LookupForm

register = template.Library()


@register.simple_tag
def path_lookup_form() -> LookupForm:
    """An empty lookup form: its fields give the console's panel the same needs."""
    return LookupForm()
