from django.urls import path

from tukipiste.chat.views import staff

urlpatterns = [
    path("", staff.console, name="chat_console"),
    path("duty/", staff.duty_overview, name="chat_duty"),
    path("feedback/", staff.feedback_words, name="chat_feedback_words"),
    path("messages/", staff.message_list, name="chat_messages"),
    path("messages/<int:pk>/", staff.message_reply, name="chat_message_reply"),
]
