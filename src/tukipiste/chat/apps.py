from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChatConfig(AppConfig):
    name = "tukipiste.chat"
    label = "chat"
    verbose_name = _("Chat duty")

    def ready(self) -> None:
        from tukipiste.chat import services
        from tukipiste.core.models import DataKind
        from tukipiste.core.retention import register_purger

        register_purger(DataKind.CHAT_TRANSCRIPTS, services.purge_transcripts)
        register_purger(DataKind.OFFLINE_MESSAGES, services.purge_offline_messages)
