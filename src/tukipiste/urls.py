from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from tukipiste.accounts import views as accounts_views
from tukipiste.appointments import views as appointments_views
from tukipiste.chat.views import public as chat_public
from tukipiste.ops import views as ops_views
from tukipiste.website.views import public

urlpatterns = [
    path("healthz", public.healthz, name="healthz"),
    path("ops/health", ops_views.health, name="ops_health"),
    path("ops/metrics", ops_views.metrics_view, name="ops_metrics"),
    path("admin/logout/", accounts_views.logout_view, name="accounts_logout"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT}),
]

urlpatterns += i18n_patterns(
    path("feedback/", public.feedback, name="feedback"),
    path("privacy/", public.privacy, name="privacy"),
    path("message/", chat_public.leave_message, name="chat_leave_message"),
    path("message/read/", chat_public.read_reply, name="chat_read_reply"),
    path("chat-feedback/", chat_public.chat_feedback, name="chat_feedback"),
    # Before the pages: the calendar lives under the community page's own path.
    path("community/", include("tukipiste.community.urls")),
    path("help-in-your-town/", include("tukipiste.national.urls")),
    path("appointments/", appointments_views.book, name="appointments_book"),
    path("appointments/manage/", appointments_views.manage, name="appointments_manage"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "tukipiste.core.errors.page_not_found"
handler500 = "tukipiste.core.errors.server_error"
