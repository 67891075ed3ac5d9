"""Back-office entries of the public site: offices and feedback."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from tukipiste.website.models import Feedback, Office


class OfficeViewSet(SnippetViewSet):
    model = Office
    icon = "home"
    menu_label = _("Offices and hours")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "city", "phone"]


class FeedbackViewSet(ModelViewSet):
    model = Feedback
    icon = "mail"
    menu_label = _("Feedback")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["category", "created_at", "status", "language"]
    list_filter = ["status", "category", "language"]
    search_fields = ["message"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "category",
        "message",
        "reply_contact",
        "language",
        "created_at",
        "status",
        "staff_note",
        "handled_by",
        "handled_at",
    ]
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("category", read_only=True),
                FieldPanel("message", read_only=True),
                FieldPanel("reply_contact", read_only=True),
            ],
            heading=_("Message"),
        ),
        FieldPanel("status"),
        FieldPanel("staff_note"),
    ]
    copy_view_enabled = False


register_snippet(OfficeViewSet)


@hooks.register("register_admin_viewset")
def register_feedback_viewset() -> FeedbackViewSet:
    return FeedbackViewSet("feedback")
