"""Back-office entries of the shared kernel: the audit trail and retention periods."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db.models import Model, QuerySet
from django.templatetags.static import static
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.views.generic.models import EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from tukipiste.core.audit import log_action
from tukipiste.core.models import AuditEntry, RetentionPolicy
from tukipiste.core.permissions import LimitedActionsPolicy
from tukipiste.core.retention import registered_kinds

register_permission_policy(AuditEntry, LimitedActionsPolicy(AuditEntry, allowed={"view"}))
register_permission_policy(
    RetentionPolicy, LimitedActionsPolicy(RetentionPolicy, allowed={"view", "change"})
)


# Wagtail counts a listing as "5 <verbose_name_plural>", which is wrong wherever the number
# decides the form of the word (Finnish "5 säilytysaikaa", not "5 säilytysajat").
COUNT_LABELS: dict[type[Model], Callable[[int], str]] = {
    AuditEntry: lambda n: (
        ngettext("%(count)d audit trail entry", "%(count)d audit trail entries", n) % {"count": n}
    ),
    RetentionPolicy: lambda n: (
        ngettext("%(count)d retention period", "%(count)d retention periods", n) % {"count": n}
    ),
}


class CountingPaginator(WagtailPaginator):
    @cached_property
    def items_count_label(self) -> str:
        label = COUNT_LABELS.get(self.model)
        return label(self.count) if label else str(super().items_count_label)


class CountingIndexView(IndexView):
    paginator_class = CountingPaginator


class AuditTrailViewSet(ModelViewSet):
    model = AuditEntry
    index_view_class = CountingIndexView
    icon = "history"
    menu_label = _("Audit trail")
    menu_order = 900
    add_to_admin_menu = True
    list_display = ["at", "actor_username", "action", "object_type_label", "object_id", "detail"]
    list_filter = ["actor", "action", "object_type", "at"]
    list_per_page = 50
    copy_view_enabled = False
    inspect_view_enabled = False
    form_fields = ["detail"]  # never editable: the policy refuses every change


def _kept_kinds(queryset: QuerySet[RetentionPolicy]) -> QuerySet[RetentionPolicy]:
    # A period for data that no installed app keeps would be a setting for nothing (its
    # default row survives the app being left out).
    return queryset.filter(kind__in=registered_kinds())


class RetentionIndexView(CountingIndexView):
    def get_base_queryset(self) -> QuerySet[RetentionPolicy]:
        return _kept_kinds(super().get_base_queryset())


class RetentionEditView(EditView):
    def get_queryset(self) -> QuerySet[RetentionPolicy]:
        return _kept_kinds(super().get_queryset())

    def save_instance(self) -> RetentionPolicy:
        instance: RetentionPolicy = super().save_instance()
        log_action(
            actor=self.request.user,
            action="core.retention.changed",
            obj=instance,
            detail=f"{instance.kind} {instance.days} days",
        )
        return instance


class RetentionViewSet(ModelViewSet):
    model = RetentionPolicy
    index_view_class = RetentionIndexView
    edit_view_class = RetentionEditView
    icon = "bin"
    menu_label = _("Retention periods")
    menu_order = 910
    add_to_admin_menu = True
    list_display = ["kind", "days"]
    form_fields = ["days"]
    copy_view_enabled = False


@hooks.register("register_admin_viewset")
def register_audit_trail() -> AuditTrailViewSet:
    return AuditTrailViewSet("audit")


@hooks.register("register_admin_viewset")
def register_retention() -> RetentionViewSet:
    return RetentionViewSet("retention")


@hooks.register("construct_homepage_panels")
def keep_stock_panels_for_page_editors_only(request: Any, panels: list[Any]) -> None:
    # Wagtail's own panels (recent edits, locked pages, workflows) concern pages; for anyone
    # who edits no pages they are empty noise on the first screen. The apps add the panels
    # that fit each role after this hook (core is the first app installed).
    from wagtail.permission_policies.pages import PagePermissionPolicy

    if not PagePermissionPolicy().user_has_any_permission(request.user, ["change", "publish"]):
        panels[:] = [p for p in panels if not type(p).__module__.startswith("wagtail.")]


@hooks.register("insert_global_admin_css")
def admin_css() -> str:
    return format_html('<link rel="stylesheet" href="{}">', static("core/admin.css"))
