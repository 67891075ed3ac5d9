"""Back-office entries of contact records and their category lists."""

from __future__ import annotations

from typing import Any

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic.models import CreateView, EditView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from tukipiste.accounts.wagtail_hooks import PermissionMenuItem
from tukipiste.core.audit import log_action
from tukipiste.core.homepanels import add_panels
from tukipiste.core.permissions import LimitedActionsPolicy
from tukipiste.records import urls
from tukipiste.records.models import Category

# Categories are deactivated, never deleted: past contacts keep pointing at them.
register_permission_policy(
    Category, LimitedActionsPolicy(Category, allowed={"view", "add", "change"})
)


@hooks.register("register_admin_urls")
def register_records_urls() -> list[Any]:
    return [path("records/", include(urls))]


@hooks.register("register_admin_menu_item")
def record_contact_item() -> PermissionMenuItem:
    return PermissionMenuItem(
        _("Record a contact"),
        reverse("records_contact_new"),
        icon_name="plus",
        order=110,
        permission="records.add_contact",
    )


@hooks.register("register_admin_menu_item")
def tally_item() -> PermissionMenuItem:
    return PermissionMenuItem(
        _("Quick tally"),
        reverse("records_tally"),
        icon_name="plus-inverse",
        order=111,
        permission="records.add_contact",
    )


@hooks.register("register_admin_menu_item")
def contacts_item() -> PermissionMenuItem:
    return PermissionMenuItem(
        _("Contacts"),
        reverse("records_contacts"),
        icon_name="list-ul",
        order=112,
        permission="records.add_contact",
    )


class CategoryCreateView(CreateView):
    def save_instance(self) -> Category:
        instance: Category = super().save_instance()
        log_action(actor=self.request.user, action="records.category.created", obj=instance)
        return instance


class CategoryEditView(EditView):
    def save_instance(self) -> Category:
        instance: Category = super().save_instance()
        log_action(actor=self.request.user, action="records.category.changed", obj=instance)
        return instance


class CategoryViewSet(ModelViewSet):
    model = Category
    add_view_class = CategoryCreateView
    edit_view_class = CategoryEditView
    icon = "tag"
    menu_label = _("Contact categories")
    menu_order = 240
    add_to_admin_menu = True
    list_display = ["label", "kind", "code", "active", "sort_order"]
    list_filter = ["kind", "active"]
    search_fields = ["label_fi", "label_sv", "label_en", "code"]
    form_fields = ["kind", "code", "label_fi", "label_sv", "label_en", "active", "sort_order"]
    copy_view_enabled = False
    inspect_view_enabled = False


@hooks.register("register_admin_viewset")
def register_categories() -> CategoryViewSet:
    return CategoryViewSet("contact_categories")


@hooks.register("construct_homepage_panels")
def add_records_home_panels(request: Any, panels: list[Any]) -> None:
    from tukipiste.records.homepanels import RecentContactsPanel

    add_panels(request, panels, RecentContactsPanel)
