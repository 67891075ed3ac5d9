"""The fixed vocabularies of contact records: channels, category lists and the dimensions
of the monthly roll-ups.

Kept apart from the models so that readers of records (statistics) can name a channel or a
dimension without importing the models, which they reach only through
``records.selectors``.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    DROP_IN = "drop_in", _("Drop-in")
    CHAT = "chat", _("Chat")
    PHONE = "phone", _("Phone")
    APPOINTMENT = "appointment", _("Appointment")
    OUTREACH_OUTDOOR = "outreach_outdoor", _("Outreach, outdoors")
    OUTREACH_INDOOR = "outreach_indoor", _("Outreach, indoors")
    OUTREACH_ONLINE = "outreach_online", _("Outreach, online")
    GROUP = "group", _("Group")
    MESSAGE = "message", _("E-mail or message")


# Peer workers record the encounters of groups and outreach they take part in.
PEER_CHANNELS = (
    Channel.GROUP,
    Channel.OUTREACH_OUTDOOR,
    Channel.OUTREACH_INDOOR,
    Channel.OUTREACH_ONLINE,
)
OUTREACH_CHANNELS = (Channel.OUTREACH_OUTDOOR, Channel.OUTREACH_INDOOR, Channel.OUTREACH_ONLINE)


class CategoryKind(models.TextChoices):
    AGE_BAND = "age_band", _("Age band")
    GENDER = "gender", _("Gender")
    LANGUAGE = "language", _("Language")
    WORK_ENVIRONMENT = "work_environment", _("Work environment")
    TOPIC = "topic", _("Topic")
    SERVICE = "service", _("Service given")
    SUPPLY = "supply", _("Supply")
    REFERRAL = "referral", _("Referral")


class Dimension(models.TextChoices):
    CONTACTS = "contacts", _("Contacts")
    AGE_BAND = "age_band", _("Age band")
    GENDER = "gender", _("Gender")
    LANGUAGE = "language", _("Language")
    INTERPRETATION = "interpretation", _("Interpretation used")
    WORK_ENVIRONMENT = "work_environment", _("Work environment")
    TOPIC = "topic", _("Topic")
    SERVICE = "service", _("Service given")
    SUPPLY = "supply", _("Supplies handed out")
    REFERRAL = "referral", _("Referral")
