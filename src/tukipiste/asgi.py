"""ASGI entry point: HTTP through Django, WebSockets through Channels."""

import os
import warnings

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tukipiste.settings")
# WhiteNoise serves static files as synchronous file iterators; Django warns on each one
# under ASGI. The files are small and hashed, so the warning is noise in the log.
warnings.filterwarnings("ignore", message="StreamingHttpResponse must consume synchronous")
from tukipiste.core.asgi import get_asgi_application  # noqa: E402

django_asgi_app = get_asgi_application()

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402

from tukipiste.chat.routing import websocket_urlpatterns  # noqa: E402
from tukipiste.core.origins import SiteOriginValidator  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        # Only pages of this site (scheme, host and port) may open a socket; the session is
        # read for workers only (clients have no cookie to send: chat/routing.py).
        "websocket": SiteOriginValidator(URLRouter(websocket_urlpatterns)),
    }
)

from django.urls import get_resolver  # noqa: E402

from tukipiste.core import heap  # noqa: E402

# The URL patterns, and every view module they import, load before the heap settles rather
# than on the first request (templates and translation catalogues still load on first use).
get_resolver().url_patterns  # noqa: B018
heap.settle()
if os.environ.get(heap.KEEP_SETTLED_ENV):  # a server process (tukipiste.serve)
    heap.keep_settled()
    from tukipiste.core import walcheckpoint

    walcheckpoint.checkpoint_in_background()
