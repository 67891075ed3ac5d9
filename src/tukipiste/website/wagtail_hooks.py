"""Back-office entries of the public site: feedback, language coverage of the pages and the
staff home's panels of the site. Offices are in ``offices``."""

from __future__ import annotations

from typing import Any

from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.views.generic import EditView, IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from tukipiste.core.audit import log_action
from tukipiste.core.homepanels import add_panels
from tukipiste.core.permissions import LimitedActionsPolicy
from tukipiste.website import homepanels
from tukipiste.website.models import Feedback, SingleLanguagePage
from tukipiste.website.views.languages import language_gaps

# Feedback only ever comes from the public form: staff read, mark and annotate it.
register_permission_policy(Feedback, LimitedActionsPolicy(Feedback, allowed={"view", "change"}))


class FeedbackIndexView(IndexView):
    @cached_property
    def no_results_message(self) -> str:
        # Wagtail's "There are no feedback to display" does not read in any language.
        if self.is_searching or self.is_filtering:
            return str(_("No feedback matches these filters."))
        return str(_("No feedback has arrived yet."))

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        log_action(
            actor=self.request.user,
            action="website.feedback.listed",
            object_type="website.feedback",
        )
        return context


class FeedbackInspectView(InspectView):
    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        log_action(actor=self.request.user, action="website.feedback.viewed", obj=self.object)
        return context


class FeedbackEditView(EditView):
    def save_instance(self) -> Feedback:
        instance: Feedback = self.form.save(commit=False)
        instance.handled_by = self.request.user
        instance.handled_at = timezone.now()
        instance.save()
        log_action(
            actor=self.request.user,
            action="website.feedback.changed",
            obj=instance,
            detail=instance.status,
        )
        return instance


class FeedbackViewSet(ModelViewSet):
    model = Feedback
    icon = "mail"
    menu_label = _("Feedback")
    menu_order = 220
    add_to_admin_menu = True
    index_view_class = FeedbackIndexView
    inspect_view_class = FeedbackInspectView
    edit_view_class = FeedbackEditView
    list_display = ["category", "created_at", "status", "language_name"]
    list_filter = ["status", "category", "language"]
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


@hooks.register("register_admin_viewset")
def register_feedback_viewset() -> FeedbackViewSet:
    return FeedbackViewSet("feedback")


class SingleLanguagePageViewSet(ModelViewSet):
    model = SingleLanguagePage
    icon = "globe"
    menu_label = _("Pages in some languages only")
    add_to_admin_menu = False
    list_display = ["page", "reason", "marked_at"]
    form_fields = ["page", "reason"]
    copy_view_enabled = False
    inspect_view_enabled = False


@hooks.register("register_admin_viewset")
def register_single_language_pages() -> SingleLanguagePageViewSet:
    return SingleLanguagePageViewSet("single_language_pages")


@hooks.register("register_admin_urls")
def register_language_gaps_url() -> list[Any]:
    return [path("languages/", language_gaps, name="website_language_gaps")]


class EditorMenuItem(MenuItem):
    def is_shown(self, request: Any) -> bool:
        return homepanels.edits_pages(request)


@hooks.register("register_reports_menu_item")
def language_gaps_item() -> MenuItem:
    return EditorMenuItem(
        _("Pages lacking a language"), reverse("website_language_gaps"), icon_name="globe"
    )


@hooks.register("construct_homepage_panels")
def add_site_panels(request: Any, panels: list[Any]) -> None:
    add_panels(
        request,
        panels,
        homepanels.FeedbackPanel,
        homepanels.LanguageGapsPanel,
        homepanels.DraftsPanel,
    )
