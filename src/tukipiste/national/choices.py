"""The fixed vocabularies of the national project: kinds of partner, needs of a service
path, kinds of cooperation, forms of training and the project's indicators."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class PartnerKind(models.TextChoices):
    HEALTH = "health", _("Health care")
    SEXUAL_HEALTH = "sexual_health", _("Sexual health")
    MENTAL_HEALTH = "mental_health", _("Mental health")
    SUBSTANCE_USE = "substance_use", _("Substance use services")
    SOCIAL_SERVICES = "social_services", _("Social services")
    HOUSING = "housing", _("Housing")
    CRISIS_HELP = "crisis_help", _("Crisis help")
    VICTIM_SUPPORT = "victim_support", _("Support for victims of crime or trafficking")
    LEGAL = "legal", _("Legal aid")
    IMMIGRATION = "immigration", _("Immigration services")
    POLICE = "police", _("Police")
    NGO = "ngo", _("Non-governmental organisation")
    OTHER = "other", _("Other")


class Need(models.TextChoices):
    """What a client may need help with: the rows of a locality's service paths."""

    SEXUAL_HEALTH = "sexual_health", _("Sexual health and testing")
    HEALTH = "health", _("Health care")
    MENTAL_HEALTH = "mental_health", _("Mental health")
    CRISIS = "crisis", _("Crisis help")
    VIOLENCE = "violence", _("Violence and safety")
    HOUSING = "housing", _("Housing")
    LEGAL_RESIDENCE = "legal_residence", _("Residence permits and legal matters")
    SUBSTANCE_USE = "substance_use", _("Alcohol and drugs")
    MONEY = "money", _("Money and social benefits")


class CooperationKind(models.TextChoices):
    MEETING = "meeting", _("Meeting")
    JOINT_OUTREACH = "joint_outreach", _("Joint outreach")
    REFERRAL = "referral", _("Referral")
    OTHER = "other", _("Other")


class TrainingForm(models.TextChoices):
    CONSULTATION = "consultation", _("Consultation")
    MENTORING = "mentoring", _("Mentoring")
    TRAINING = "training", _("Training")


class Indicator(models.TextChoices):
    LOCALITIES_REACHED = "localities_reached", _("Localities reached")
    PARTNERS_WITH_LETTER = "partners_with_letter", _("Partners with a letter of intent")
    TRAININGS_HELD = "trainings_held", _("Trainings held")
    PROFESSIONALS_TRAINED = "professionals_trained", _("Professionals trained")
    PEOPLE_REACHED = "people_reached", _("Contacts in outreach")


# Indicators that count people: shown with the statistics' small-cell suppression.
PEOPLE_INDICATORS = (Indicator.PROFESSIONALS_TRAINED, Indicator.PEOPLE_REACHED)

# The referral list of the contact records (records migration 0003) by partner kind; an
# entry a coordinator adds later starts as "other" until they say otherwise.
REFERRAL_CODE_KINDS: dict[str, str] = {
    "health-centre": PartnerKind.HEALTH,
    "sexual-health-clinic": PartnerKind.SEXUAL_HEALTH,
    "hiv-organisation": PartnerKind.NGO,
    "mental-health": PartnerKind.MENTAL_HEALTH,
    "substance-use": PartnerKind.SUBSTANCE_USE,
    "social-services": PartnerKind.SOCIAL_SERVICES,
    "housing": PartnerKind.HOUSING,
    "legal-aid": PartnerKind.LEGAL,
    "immigration": PartnerKind.IMMIGRATION,
    "trafficking-assistance": PartnerKind.VICTIM_SUPPORT,
    "shelter": PartnerKind.CRISIS_HELP,
    "police": PartnerKind.POLICE,
    "other": PartnerKind.NGO,
}
