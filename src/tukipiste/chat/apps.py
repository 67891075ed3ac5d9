from typing import Any

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def _revoke_sockets(sender: Any, user_id: int, **kwargs: Any) -> None:
    from tukipiste.chat import events

    events.revoke_worker(user_id)


class ChatConfig(AppConfig):
    name = "tukipiste.chat"
    label = "chat"
    verbose_name = _("Chat duty")

    def ready(self) -> None:
        from tukipiste.accounts.signals import staff_access_changed
        from tukipiste.chat import feedback, services
        from tukipiste.core.auditactions import register_actions

        register_actions(
            {
                "chat.chat.accepted": _("accepted a chat"),
                "chat.chat.transferred": _("transferred a chat"),
                "chat.chat.ended": _("ended a chat"),
                "chat.chat.blocked": _("blocked a chat"),
                "chat.transcript.viewed": _("read a chat transcript"),
                "chat.message.listed": _("listed anonymous messages"),
                "chat.feedback.listed": _("read the words of chat feedback"),
                "chat.message.viewed": _("read an anonymous message"),
                "chat.message.replied": _("replied to an anonymous message"),
            }
        )
        from tukipiste.core.models import DataKind
        from tukipiste.core.retention import register_purger

        register_purger(DataKind.CHAT_TRANSCRIPTS, feedback.purge_transcripts_and_feedback_words)
        staff_access_changed.connect(_revoke_sockets, dispatch_uid="chat-revoke-sockets")
        from django.db.models.signals import post_delete, post_save

        from tukipiste.chat.selectors import forget_duty_status

        # New hours apply to new chats at once, not after the few seconds they are kept.
        for model in ("offices.Office", "offices.OfficeHours", "offices.OfficeException"):
            for signal in (post_save, post_delete):
                signal.connect(forget_duty_status, sender=model, dispatch_uid=f"chat-duty-{model}")
        register_purger(DataKind.OFFLINE_MESSAGES, services.purge_offline_messages)
