"""Back-office entries of chat duty."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from tukipiste.accounts.wagtail_hooks import PermissionMenuItem
from tukipiste.chat import urls
from tukipiste.chat.models import SavedReply
from tukipiste.core.homepanels import add_panels


@hooks.register("register_admin_urls")
def register_chat_urls() -> list[Any]:
    return [path("chat/", include(urls))]


@hooks.register("register_admin_menu_item")
def chat_console_item() -> PermissionMenuItem:
    return PermissionMenuItem(
        _("Chat duty"),
        reverse("chat_console"),
        icon_name="comment",
        order=100,
        permission="chat.take_chat_duty",
    )


@hooks.register("register_admin_menu_item")
def chat_messages_item() -> PermissionMenuItem:
    return PermissionMenuItem(
        _("Anonymous messages"),
        reverse("chat_messages"),
        icon_name="mail",
        order=101,
        permission="chat.take_chat_duty",
    )


@hooks.register("register_admin_menu_item")
def chat_feedback_item() -> PermissionMenuItem:
    return PermissionMenuItem(
        _("Chat feedback"),
        reverse("chat_feedback_words"),
        icon_name="help",
        order=103,
        permission="chat.view_chatfeedback",
    )


@hooks.register("register_admin_menu_item")
def chat_duty_item() -> PermissionMenuItem:
    return PermissionMenuItem(
        _("Who is on chat duty"),
        reverse("chat_duty"),
        icon_name="group",
        order=102,
        permission="accounts.view_all_offices",
    )


def _needs_saved_replies(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @wraps(view)
    def guarded(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.has_perm("chat.view_savedreply"):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return guarded


class SavedReplyChooserViewSet(SnippetChooserViewSet):
    """Wagtail's snippet chooser lists any snippet to every back-office user; saved
    replies are chat-duty material, shown only to those who may use them."""

    def get_urlpatterns(self) -> list[Any]:
        patterns = super().get_urlpatterns()
        for pattern in patterns:
            pattern.callback = _needs_saved_replies(pattern.callback)
        return patterns


class SavedReplyViewSet(SnippetViewSet):
    model = SavedReply
    chooser_viewset_class = SavedReplyChooserViewSet
    icon = "openquote"
    menu_label = _("Saved replies")
    menu_order = 230
    add_to_admin_menu = True
    list_display = ["title", "language"]
    list_filter = ["language"]


register_snippet(SavedReplyViewSet)


@hooks.register("construct_homepage_panels")
def add_chat_home_panels(request: Any, panels: list[Any]) -> None:
    from tukipiste.chat.homepanels import ChatDutyPanel

    add_panels(request, panels, ChatDutyPanel)
