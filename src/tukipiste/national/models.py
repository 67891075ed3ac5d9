"""The national project: partner organisations in the localities, their contact persons and
the history of cooperation, service paths per locality and need, consultations and
trainings given to local professionals, the project's goals, and what each referral entry
of the contact records refers to.

Client-facing texts of a service path are kept per site language on the row (as community
groups keep theirs); an empty translation falls back to English, then Finnish.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.models import Orderable

from tukipiste.core.translated import LANGUAGES, in_active_language, language_names
from tukipiste.national.choices import (
    CooperationKind,
    Indicator,
    Need,
    PartnerKind,
    TrainingForm,
)


class Partner(ClusterableModel):
    """A local organisation or public service the organisation works with."""

    name = models.CharField(_("name"), max_length=160)
    kind = models.CharField(_("kind"), max_length=20, choices=PartnerKind.choices)
    locality = models.ForeignKey(
        "offices.Locality",
        verbose_name=_("locality"),
        on_delete=models.PROTECT,
        related_name="partners",
    )
    letter_of_intent = models.BooleanField(_("letter of intent signed"), default=False)
    letter_of_intent_on = models.DateField(_("letter of intent dated"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    active = models.BooleanField(_("cooperation ongoing"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldRowPanel([FieldPanel("kind"), FieldPanel("locality")]),
                FieldRowPanel([FieldPanel("letter_of_intent"), FieldPanel("letter_of_intent_on")]),
                FieldPanel("active"),
                FieldPanel("notes"),
            ],
            heading=_("Partner"),
        ),
        InlinePanel(
            "contact_persons", heading=_("Contact persons (staff only)"), label=_("Person")
        ),
        InlinePanel("cooperation", heading=_("History of cooperation"), label=_("Entry")),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        constraints = [
            models.UniqueConstraint(
                Lower("name"), "locality", name="national_partner_name_unique_in_locality"
            ),
            # A date says when a letter was signed; without a letter there is nothing to date.
            models.CheckConstraint(
                condition=models.Q(letter_of_intent=True) | models.Q(letter_of_intent_on=None),
                name="national_partner_letter_date_needs_letter",
            ),
        ]
        permissions = [
            ("merge_duplicates", "Can merge duplicate localities and partners"),
            ("view_indicators", "Can see the project indicators"),
        ]

    def __str__(self) -> str:
        return self.name


class PartnerContact(Orderable):
    """A person to call at a partner. Staff only: never shown on the public site."""

    partner = ParentalKey(Partner, on_delete=models.CASCADE, related_name="contact_persons")
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("title or role"), max_length=120, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("role")]),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")

    def __str__(self) -> str:
        return self.name


class Cooperation(models.Model):
    """One dated entry of the history of cooperation with a partner."""

    partner = ParentalKey(Partner, on_delete=models.CASCADE, related_name="cooperation")
    date = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=20, choices=CooperationKind.choices)
    note = models.TextField(_("what happened"), blank=True)

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("kind")]), FieldPanel("note")]

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("cooperation")
        verbose_name_plural = _("history of cooperation")

    def __str__(self) -> str:
        return f"{self.date:%Y-%m-%d} {self.get_kind_display()}"


def _service_path_tabs() -> list[ObjectList]:
    return [
        ObjectList(
            [
                FieldPanel(f"service_{code}"),
                FieldPanel(f"hours_{code}"),
                FieldPanel(f"description_{code}"),
            ],
            heading=code.upper(),
        )
        for code in LANGUAGES
    ]


class ServicePath(models.Model):
    """For one locality and one need: which service takes it, and how to get there."""

    locality = models.ForeignKey(
        "offices.Locality",
        verbose_name=_("locality"),
        on_delete=models.PROTECT,
        related_name="service_paths",
    )
    need = models.CharField(_("need"), max_length=20, choices=Need.choices)
    partner = models.ForeignKey(
        Partner,
        verbose_name=_("partner"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="service_paths",
        help_text=_("Empty for a public service that is not (yet) a partner."),
    )
    how_to_refer = models.TextField(
        _("how to refer (staff only)"),
        blank=True,
        help_text=_("For workers: whom to call, what to send, what the client needs to bring."),
    )
    languages = models.CharField(
        _("languages served"),
        max_length=60,
        blank=True,
        help_text=_("Language codes separated by commas, for example: fi, en, ru."),
    )
    public = models.BooleanField(
        _("shown to clients"),
        default=True,
        help_text=_("Off: only workers see this path (for example a named contact person)."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    service_fi = models.CharField(format_lazy("{} ({})", _("service"), "fi"), max_length=160)
    service_sv = models.CharField(
        format_lazy("{} ({})", _("service"), "sv"), max_length=160, blank=True
    )
    service_en = models.CharField(
        format_lazy("{} ({})", _("service"), "en"), max_length=160, blank=True
    )
    service_ru = models.CharField(
        format_lazy("{} ({})", _("service"), "ru"), max_length=160, blank=True
    )
    service_th = models.CharField(
        format_lazy("{} ({})", _("service"), "th"), max_length=160, blank=True
    )
    service_es = models.CharField(
        format_lazy("{} ({})", _("service"), "es"), max_length=160, blank=True
    )
    service_ro = models.CharField(
        format_lazy("{} ({})", _("service"), "ro"), max_length=160, blank=True
    )
    description_fi = models.TextField(
        format_lazy("{} ({})", _("what they do, how to get there"), "fi"), blank=True
    )
    description_sv = models.TextField(
        format_lazy("{} ({})", _("what they do, how to get there"), "sv"), blank=True
    )
    description_en = models.TextField(
        format_lazy("{} ({})", _("what they do, how to get there"), "en"), blank=True
    )
    description_ru = models.TextField(
        format_lazy("{} ({})", _("what they do, how to get there"), "ru"), blank=True
    )
    description_th = models.TextField(
        format_lazy("{} ({})", _("what they do, how to get there"), "th"), blank=True
    )
    description_es = models.TextField(
        format_lazy("{} ({})", _("what they do, how to get there"), "es"), blank=True
    )
    description_ro = models.TextField(
        format_lazy("{} ({})", _("what they do, how to get there"), "ro"), blank=True
    )
    hours_fi = models.CharField(
        format_lazy("{} ({})", _("hours"), "fi"), max_length=160, blank=True
    )
    hours_sv = models.CharField(
        format_lazy("{} ({})", _("hours"), "sv"), max_length=160, blank=True
    )
    hours_en = models.CharField(
        format_lazy("{} ({})", _("hours"), "en"), max_length=160, blank=True
    )
    hours_ru = models.CharField(
        format_lazy("{} ({})", _("hours"), "ru"), max_length=160, blank=True
    )
    hours_th = models.CharField(
        format_lazy("{} ({})", _("hours"), "th"), max_length=160, blank=True
    )
    hours_es = models.CharField(
        format_lazy("{} ({})", _("hours"), "es"), max_length=160, blank=True
    )
    hours_ro = models.CharField(
        format_lazy("{} ({})", _("hours"), "ro"), max_length=160, blank=True
    )

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("locality"), FieldPanel("need")]),
                FieldPanel("partner"),
                FieldRowPanel([FieldPanel("languages"), FieldPanel("public")]),
                FieldPanel("how_to_refer"),
                FieldPanel("sort_order"),
            ],
            heading=_("Service path"),
        ),
        MultiFieldPanel([TabbedInterface(_service_path_tabs())], heading=_("Texts")),
    ]

    class Meta:
        ordering = ["locality__name_fi", "need", "sort_order", "pk"]
        verbose_name = _("service path")
        verbose_name_plural = _("service paths")
        indexes = [models.Index(fields=["locality", "public"])]

    def __str__(self) -> str:
        return f"{self.get_need_display()}: {self.service_fi}"

    @property
    def service(self) -> str:
        return in_active_language(self, "service")

    @property
    def description(self) -> str:
        return in_active_language(self, "description")

    @property
    def hours(self) -> str:
        return in_active_language(self, "hours")

    @property
    def language_codes(self) -> list[str]:
        return [c for c in self.languages.replace(" ", "").split(",") if c]

    @property
    def language_names(self) -> list[str]:
        """The languages served, by their names in the active language."""
        return language_names(self.language_codes)


class Training(models.Model):
    """A consultation, mentoring session or training given to local professionals."""

    date = models.DateField(_("date"))
    form = models.CharField(_("form"), max_length=20, choices=TrainingForm.choices)
    partner = models.ForeignKey(
        Partner,
        verbose_name=_("partner"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="trainings",
    )
    locality = models.ForeignKey(
        "offices.Locality",
        verbose_name=_("locality"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="trainings",
        help_text=_("Empty: the partner's locality."),
    )
    topic = models.CharField(_("topic"), max_length=200)
    participants = models.PositiveIntegerField(_("participants"))
    workers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("our workers"),
        related_name="trainings_given",
        blank=True,
    )
    feedback_score = models.PositiveSmallIntegerField(
        _("feedback score (1–5)"),
        null=True,
        blank=True,
        help_text=_("The participants' average answer, 1 (poor) to 5 (excellent)."),
    )

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("form")]),
        FieldRowPanel([FieldPanel("partner"), FieldPanel("locality")]),
        FieldPanel("topic"),
        FieldRowPanel([FieldPanel("participants"), FieldPanel("feedback_score")]),
        FieldPanel("workers"),
    ]

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("consultation or training")
        verbose_name_plural = _("consultations and trainings")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(feedback_score__gte=1, feedback_score__lte=5)
                | models.Q(feedback_score=None),
                name="national_training_feedback_1_to_5",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.date:%Y-%m-%d} {self.topic}"

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        if self.feedback_score is not None and not 1 <= self.feedback_score <= 5:
            raise ValidationError({"feedback_score": _("Give a score from 1 to 5.")})
        if self.partner_id is None and self.locality_id is None:
            raise ValidationError({"locality": _("Choose a partner or a locality.")})


class Goal(models.Model):
    """The project's target for one indicator over a period of whole years."""

    indicator = models.CharField(_("indicator"), max_length=30, choices=Indicator.choices)
    first_year = models.PositiveSmallIntegerField(_("first year"))
    last_year = models.PositiveSmallIntegerField(_("last year"))
    target = models.PositiveIntegerField(_("target"))
    note = models.CharField(_("note"), max_length=200, blank=True)

    panels = [
        FieldPanel("indicator"),
        FieldRowPanel([FieldPanel("first_year"), FieldPanel("last_year")]),
        FieldRowPanel([FieldPanel("target"), FieldPanel("note")]),
    ]

    class Meta:
        ordering = ["first_year", "indicator"]
        verbose_name = _("project goal")
        verbose_name_plural = _("project goals")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(last_year__gte=models.F("first_year")),
                name="national_goal_period_in_order",
            ),
            models.UniqueConstraint(
                fields=["indicator", "first_year", "last_year"], name="national_goal_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_indicator_display()} {self.first_year}–{self.last_year}: {self.target}"

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        if self.first_year and self.last_year and self.last_year < self.first_year:
            raise ValidationError({"last_year": _("The period cannot end before it starts.")})


class ReferralTarget(models.Model):
    """What a referral entry of the contact records refers to: a kind of partner and,
    when the entry names one organisation, that partner.

    The entry itself stays in the records' list, so every past contact keeps its referral
    and the statistics keep their keys; this row only says where it leads.
    """

    category = models.OneToOneField(
        "records.Category",
        verbose_name=_("referral entry"),
        on_delete=models.CASCADE,
        related_name="referral_target",
        limit_choices_to={"kind": "referral"},
    )
    partner_kind = models.CharField(
        _("kind of partner"), max_length=20, choices=PartnerKind.choices
    )
    partner = models.ForeignKey(
        Partner,
        verbose_name=_("partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="referral_targets",
    )

    panels = [
        FieldPanel("category"),
        FieldRowPanel([FieldPanel("partner_kind"), FieldPanel("partner")]),
    ]

    class Meta:
        verbose_name = _("referral target")
        verbose_name_plural = _("referral targets")

    def __str__(self) -> str:
        return f"{self.category_id} → {self.partner_kind}"
