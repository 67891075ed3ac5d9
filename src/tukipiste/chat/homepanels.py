"""The chat's panel on the staff home: duty, queue, one's own chats, unanswered messages."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tukipiste.chat import selectors
from tukipiste.chat.models import Chat, ChatStatus, OfflineMessage, WorkerDuty
from tukipiste.core.homepanels import ORDER_DUTY, HomePanel


class ChatDutyPanel(HomePanel):
    name = "chat-duty"
    heading = _("Chat duty")
    order = ORDER_DUTY
    template_name = "chat/home/chat_duty.html"

    @classmethod
    def is_shown(cls, request: HttpRequest) -> bool:
        return selectors.may_take_chat_duty(request.user)

    def get_panel_context(self) -> dict[str, Any]:
        user = self.request.user
        duty = WorkerDuty.objects.filter(user_id=int(user.pk or 0)).first()
        return {
            "on_duty": bool(duty and duty.on_duty),
            "duty": selectors.chat_duty_status(moment=timezone.now()),
            "queued": Chat.objects.filter(status=ChatStatus.QUEUED).count(),
            "mine": selectors.active_chats_of(worker=user),  # type: ignore[arg-type]
            "unanswered": OfflineMessage.objects.filter(
                replied_at__isnull=True, purged=False
            ).count(),
        }
