"""Pages that editors chose to keep in fewer than all the site's languages."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class SingleLanguagePage(models.Model):
    """A page (with all its translations) that need not exist in every language.

    Every page is expected in every site language (the language-coverage test and the
    back-office report); this mark says the gap is on purpose, for example a notice that only
    concerns Finnish-speaking partners.
    """

    page = models.OneToOneField(
        Page,
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    reason = models.CharField(_("reason"), max_length=200)
    marked_at = models.DateTimeField(_("marked at"), auto_now_add=True)

    class Meta:
        verbose_name = _("page in some languages only")
        verbose_name_plural = _("pages in some languages only")

    def __str__(self) -> str:
        return self.page.title
