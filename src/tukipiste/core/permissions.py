"""Permission policies for back-office views that must never add, change or delete."""

from __future__ import annotations

from typing import Any

from wagtail.permission_policies.base import ModelPermissionPolicy


class LimitedActionsPolicy(ModelPermissionPolicy):
    """Model permissions, but only for ``allowed`` actions, superusers included."""

    def __init__(self, model: Any, *, allowed: set[str]) -> None:
        super().__init__(model)
        self.allowed = allowed

    def user_has_permission(self, user: Any, action: str) -> bool:
        return action in self.allowed and super().user_has_permission(user, action)

    def user_has_any_permission(self, user: Any, actions: Any) -> bool:
        return any(self.user_has_permission(user, action) for action in actions)
