"""The public site's panels on the staff home: for editors, pages lacking a language and
drafts waiting; for those who handle feedback, the feedback not yet read."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from tukipiste.core.homepanels import ORDER_CONTENT, ORDER_FEEDBACK, HomePanel
from tukipiste.website.models import Feedback
from tukipiste.website.models.feedback import FeedbackStatus
from tukipiste.website.selectors import pages_missing_languages

SHOWN = 8


def edits_pages(request: HttpRequest) -> bool:
    return PagePermissionPolicy().user_has_any_permission(request.user, ["change", "publish"])


class LanguageGapsPanel(HomePanel):
    name = "language-gaps"
    heading = _("Pages lacking a language")
    order = ORDER_CONTENT
    template_name = "website/admin/home_language_gaps.html"

    @classmethod
    def is_shown(cls, request: HttpRequest) -> bool:
        return edits_pages(request)

    def get_panel_context(self) -> dict[str, Any]:
        names = dict(settings.LANGUAGES)
        gaps = pages_missing_languages()
        return {
            "gaps": [
                {"gap": gap, "missing": [names[code] for code in gap.missing]}
                for gap in gaps[:SHOWN]
            ],
            "more": max(0, len(gaps) - SHOWN),
        }


class DraftsPanel(HomePanel):
    name = "drafts"
    heading = _("Drafts waiting to be published")
    order = ORDER_CONTENT + 1
    template_name = "website/admin/home_drafts.html"

    @classmethod
    def is_shown(cls, request: HttpRequest) -> bool:
        return edits_pages(request)

    def get_panel_context(self) -> dict[str, Any]:
        drafts = (
            Page.objects.filter(has_unpublished_changes=True, depth__gt=1)
            .select_related("locale")
            .order_by("-latest_revision_created_at")
        )
        names = dict(settings.LANGUAGES)
        return {
            "drafts": [
                {"page": page, "language": names.get(page.locale.language_code, "")}
                for page in drafts[:SHOWN]
            ]
        }


class FeedbackPanel(HomePanel):
    name = "feedback"
    heading = _("Feedback not yet read")
    order = ORDER_FEEDBACK
    template_name = "website/admin/home_feedback.html"

    @classmethod
    def is_shown(cls, request: HttpRequest) -> bool:
        return bool(request.user.has_perm("website.change_feedback"))

    def get_panel_context(self) -> dict[str, Any]:
        unread = Feedback.objects.filter(status=FeedbackStatus.NEW).order_by("-created_at")
        return {"count": unread.count(), "latest": list(unread[:5])}
