"""The category lists of a contact: managed and translated by coordinators."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from tukipiste.records.choices import CategoryKind

# Kinds a contact may have many of (the others, a column each, at most one).
MULTIPLE_KINDS = (CategoryKind.TOPIC, CategoryKind.SERVICE, CategoryKind.REFERRAL)


class Category(models.Model):
    """One entry of a list. Deactivated instead of deleted: past contacts still use it."""

    kind = models.CharField(_("list"), max_length=20, choices=CategoryKind.choices)
    code = models.SlugField(
        _("code"),
        max_length=40,
        help_text=_("A short fixed name used in exports; for languages, the language code."),
    )
    label_fi = models.CharField(_("label in Finnish"), max_length=80)
    label_sv = models.CharField(_("label in Swedish"), max_length=80)
    label_en = models.CharField(_("label in English"), max_length=80)
    active = models.BooleanField(
        _("in use"),
        default=True,
        help_text=_("Entries no longer in use stay in past contacts and statistics."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["kind", "sort_order", "pk"]
        verbose_name = _("contact category")
        verbose_name_plural = _("contact categories")
        constraints = [
            models.UniqueConstraint(fields=["kind", "code"], name="category_code_unique_in_list")
        ]

    def __str__(self) -> str:
        return self.label

    def clean(self) -> None:
        if self.pk is not None:
            before = Category.objects.filter(pk=self.pk).values_list("kind", flat=True).first()
            if before is not None and before != self.kind:
                raise ValidationError(
                    {"kind": _("An entry cannot move to another list; add a new entry instead.")}
                )

    @property
    def label(self) -> str:
        """The label in the active language, else English, else Finnish."""
        language = (get_language() or "fi")[:2]
        wanted = {"fi": self.label_fi, "sv": self.label_sv, "en": self.label_en}.get(language)
        return wanted or self.label_en or self.label_fi or self.code
