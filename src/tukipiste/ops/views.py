"""Health detail and metrics for operators (``access.may_read_ops``); 404 for anyone else,
so that the public learns not even that they exist."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from prometheus_client import CONTENT_TYPE_LATEST

from tukipiste.ops import health as checks
from tukipiste.ops import metrics
from tukipiste.ops.access import may_read_ops


@never_cache
async def health(request: HttpRequest) -> HttpResponse:
    if not may_read_ops(request):
        raise Http404
    report = await checks.health_report()
    return JsonResponse(report, status=503 if report["status"] == "failing" else 200)


@never_cache
def metrics_view(request: HttpRequest) -> HttpResponse:
    if not may_read_ops(request):
        raise Http404
    return HttpResponse(metrics.exposition(), content_type=CONTENT_TYPE_LATEST)
