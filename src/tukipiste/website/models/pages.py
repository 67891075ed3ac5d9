"""Wagtail page types of the public site; every page exists once per language (locale)."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page

from tukipiste.offices import selectors as offices
from tukipiste.offices.models import DutyKind, Office
from tukipiste.website.blocks import BodyBlock


class HomePage(Page):
    lead = models.TextField(_("lead"), max_length=400)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("lead"), FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = None

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from tukipiste.website.selectors import latest_news
        from tukipiste.website.structure import site_structure

        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        language = self.locale.language_code
        services = site_structure().menu(language)
        context["services"] = services
        context["chat_page"] = next((p for p in services if p.slug == "chat"), None)
        context["news"] = latest_news(language=language, limit=3)
        # Above the fold on a phone: is chat open, where is drop-in open now, and if nowhere,
        # the next drop-in opening of any office.
        drop_in, context["chat_duty"] = offices.statuses_and_summary(
            kind=DutyKind.DROP_IN, summary_kind=DutyKind.CHAT, moment=now
        )
        context["offices"] = drop_in
        context["drop_in_open"] = [item for item in drop_in if item.status.is_open]
        context["drop_in_next"] = min(
            (item for item in drop_in if item.status.next_opening),
            key=lambda item: item.status.next_opening.starts,  # type: ignore[union-attr]
            default=None,
        )
        return context


class ContentPage(Page):
    """A page of text: services, principles, legislation, stigma, the project, help."""

    summary = models.TextField(
        _("summary"), max_length=300, blank=True, help_text=_("Shown in lists and search results.")
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]

    class Meta:
        verbose_name = _("content page")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context["subpages"] = self.get_children().live().specific()
        return context


class NewsIndexPage(Page):
    lead = models.TextField(_("lead"), max_length=400, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("lead")]
    subpage_types = ["website.NewsPage"]

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from tukipiste.website.selectors import news_archive_date

        context = super().get_context(request, *args, **kwargs)
        articles = list(NewsPage.objects.child_of(self).live().order_by("-published_on", "-pk"))
        cutoff = news_archive_date()
        context["articles"] = [a for a in articles if a.published_on >= cutoff]
        context["archived"] = [a for a in articles if a.published_on < cutoff]
        return context


class NewsPage(Page):
    published_on = models.DateField(_("date"))
    summary = models.TextField(_("summary"), max_length=300)
    body = RichTextField(_("body"), features=["bold", "italic", "link", "ol", "ul", "h3"])

    content_panels = [
        *Page.content_panels,
        FieldPanel("published_on"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    parent_page_types = ["website.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("news article")


class OfficeIndexPage(RoutablePageMixin, Page):
    """The offices: a list, and one sub-page per office at ``<slug>/``."""

    lead = models.TextField(_("lead"), max_length=400, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("lead")]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("office list")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context["offices"] = offices.offices_with_status(
            kind=DutyKind.DROP_IN, moment=timezone.now()
        )
        return context

    @path("<slug:office_slug>/", name="office")
    def office(self, request: HttpRequest, office_slug: str) -> HttpResponse:
        detail = offices.office_detail(slug=office_slug, moment=timezone.now())
        if detail is None:
            raise Http404
        # The page's own context without get_context's list of every office and its hours.
        context = super().get_context(request)
        context.update(detail=detail, office=detail.office)
        return TemplateResponse(request, "website/office_page.html", context)

    def office_url(self, office: Office) -> str:
        return self.url + self.reverse_subpage("office", kwargs={"office_slug": office.slug})


class StaffContactsPage(Page):
    lead = RichTextField(_("lead"), blank=True, features=["bold", "italic", "link"])

    content_panels = [
        *Page.content_panels,
        FieldPanel("lead"),
        InlinePanel("contacts", heading=_("People"), label=_("person")),
    ]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("staff contacts")


class StaffContact(Orderable):
    page = ParentalKey(StaffContactsPage, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("name"), max_length=100)
    role = models.CharField(_("role"), max_length=150)
    office = models.ForeignKey(
        Office,
        verbose_name=_("office"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="staff_contacts",
        help_text=_("Empty for the national outreach project."),
    )
    languages = models.CharField(_("languages spoken"), max_length=150, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("role")]),
        FieldRowPanel([FieldPanel("office"), FieldPanel("languages")]),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
    ]

    def __str__(self) -> str:
        return self.name
