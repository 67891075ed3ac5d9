from django.urls import path

from tukipiste.chat import consumers

websocket_urlpatterns = [
    path("ws/chat/client/", consumers.ClientConsumer.as_asgi()),
    path("ws/chat/worker/", consumers.WorkerConsumer.as_asgi()),
]
