"""Back-office views of chat duty: the console, who is on duty, anonymous messages and
what clients wrote in their feedback."""

from __future__ import annotations

from typing import cast

from django.contrib import messages as flash
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from tukipiste.accounts.selectors import display_name, office_ids_visible_to, sees_all_offices
from tukipiste.chat import feedback, selectors, services
from tukipiste.chat.forms import ReplyForm
from tukipiste.chat.models import OfflineMessage
from tukipiste.core.audit import log_action

CHAT_PERMISSION = selectors.TAKE_CHAT_DUTY
FEEDBACK_PERMISSION = "chat.view_chatfeedback"
FEEDBACK_PAGE_SIZE = 50


def _require(request: HttpRequest, permission: str) -> User:
    user = cast(User, request.user)
    if not user.has_perm(permission):
        raise PermissionDenied
    return user


def console(request: HttpRequest) -> HttpResponse:
    user = _require(request, CHAT_PERMISSION)
    replies = [
        {"language": r.language, "title": r.title, "body": r.body}
        for r in selectors.saved_replies()
    ]
    return render(
        request,
        "chat/console.html",
        {
            "saved_replies": replies,
            "me": {"id": user.pk, "name": display_name(user)},
        },
    )


def duty_overview(request: HttpRequest) -> HttpResponse:
    _require(request, "accounts.view_all_offices")
    return render(request, "chat/duty_overview.html", {"on_duty": selectors.workers_on_duty()})


def feedback_words(request: HttpRequest) -> HttpResponse:
    """Coordinators read the words clients left after their chats (newest first)."""
    user = _require(request, FEEDBACK_PERMISSION)
    # Chats without an office (most web chats) are everyone's; a coordinator of some offices
    # only reads those of their own offices beside them.
    keys = None if sees_all_offices(user) else office_ids_visible_to(user)
    answers = feedback.answers_with_words(office_keys=keys)
    page = Paginator(answers, FEEDBACK_PAGE_SIZE).get_page(request.GET.get("page"))
    log_action(actor=user, action="chat.feedback.listed", object_type="chat.chatfeedback")
    return render(request, "chat/feedback_words.html", {"page": page})


def message_list(request: HttpRequest) -> HttpResponse:
    user = _require(request, CHAT_PERMISSION)
    items = selectors.offline_messages_for_staff()
    log_action(actor=user, action="chat.message.listed", object_type="chat.offlinemessage")
    return render(request, "chat/message_list.html", {"items": items})


def message_reply(request: HttpRequest, pk: int) -> HttpResponse:
    user = _require(request, CHAT_PERMISSION)
    item = OfflineMessage.objects.filter(pk=pk).first()
    if item is None:
        raise Http404
    form = ReplyForm(request.POST or None, initial={"reply": item.reply})
    if request.method == "POST" and form.is_valid():
        services.reply_to_message(message_id=item.pk, worker=user, reply=form.cleaned_data["reply"])
        flash.success(request, _("Your reply is waiting for the client."))
        return HttpResponseRedirect(reverse("chat_messages"))
    log_action(actor=user, action="chat.message.viewed", obj=item)
    return render(
        request,
        "chat/message_reply.html",
        {"item": item, "form": form},
        status=400 if form.errors else 200,
    )
