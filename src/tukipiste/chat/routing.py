from channels.auth import AuthMiddlewareStack
from django.urls import path, re_path

from tukipiste.chat import consumers

# Only the console reads a session: a client has no cookie to send, and reading none still
# cost every client socket a trip to the database thread (in a burst of starts, a wait
# behind all the others).
websocket_urlpatterns = [
    path("ws/chat/client/", consumers.ClientConsumer.as_asgi()),
    path("ws/chat/worker/", AuthMiddlewareStack(consumers.WorkerConsumer.as_asgi())),
    re_path(r"", consumers.NoSuchSocket.as_asgi()),  # any other path: refused, 403
]
