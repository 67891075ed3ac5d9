"""What each role may do: Django permissions by role, as data.

``sync_roles`` makes the groups match this table; it runs in a migration and after every
``migrate`` so that permissions of apps added later reach the roles too.
"""

from __future__ import annotations

from tukipiste.accounts.models import Role

ADMIN_ACCESS = "wagtailadmin.access_admin"
# Group names are stored data, so they stay in English; the admin shows them as they are.
GROUP_NAMES: dict[str, str] = {
    Role.WORKER: "Worker",
    Role.PEER_WORKER: "Peer worker",
    Role.COORDINATOR: "Coordinator",
    Role.EDITOR: "Content editor",
    Role.ADMINISTRATOR: "Administrator",
}

# Chat duty is for workers and coordinators only (decision 0007): the site promises clients a
# social counsellor or a nurse. Saved replies belong to it: workers use them, coordinators
# keep them up to date.
CHAT_DUTY = {"chat.take_chat_duty", "chat.view_chat", "chat.view_savedreply"}
SAVED_REPLIES = {
    "chat.add_savedreply",
    "chat.change_savedreply",
    "chat.delete_savedreply",
    "chat.view_savedreply",
}

# Localities are a shared list: editors keep it for the offices, coordinators for outreach.
MANAGE_LOCALITIES = {
    "offices.add_locality",
    "offices.change_locality",
    "offices.delete_locality",
    "offices.view_locality",
}

# Editors keep the groups and events; facilitators (workers, peer workers) count who came.
MANAGE_COMMUNITY = {
    "community.add_group",
    "community.change_group",
    "community.delete_group",
    "community.view_group",
    "community.add_event",
    "community.change_event",
    "community.delete_event",
    "community.view_event",
}
RECORD_ATTENDANCE = "community.record_attendance"
# Workers publish their own availability and see their offices' appointments; coordinators
# do the same for the workers of every office; editors keep the kinds of appointment.
APPOINTMENTS = {
    "appointments.view_appointment",
    "appointments.change_appointment",
    "appointments.add_availability",
    "appointments.change_availability",
    "appointments.delete_availability",
    "appointments.view_availability",
    "appointments.add_availabilityexception",
    "appointments.change_availabilityexception",
    "appointments.delete_availabilityexception",
    "appointments.view_availabilityexception",
}
APPOINTMENT_KINDS = {
    "appointments.add_appointmentkind",
    "appointments.change_appointmentkind",
    "appointments.delete_appointmentkind",
    "appointments.view_appointmentkind",
}

# Workers and peer workers log the outreach they take part in and correct those sessions
# (outreach.selectors); workers also see their offices' sessions, coordinators every one,
# with the forums' summary and the list of forums.
LOG_OUTREACH = {"outreach.add_outreachsession", "outreach.change_outreachsession"}
OUTREACH_FORUMS = {"outreach.add_forum", "outreach.change_forum", "outreach.view_forum"}


# The national project (decision 0013): everyone on duty or in the field looks up the
# service paths; coordinators keep partners, trainings, goals and merge duplicates; editors
# keep the service paths' texts for clients.
def _crud(*models: str) -> set[str]:
    return {f"national.{verb}_{m}" for m in models for verb in ("add", "change", "delete", "view")}


VIEW_SERVICE_PATHS = "national.view_servicepath"
MANAGE_NATIONAL = {
    *_crud("partner", "servicepath", "training", "goal", "referraltarget"),
    "national.merge_duplicates",
    "national.view_indicators",
}
EDIT_SERVICE_PATHS = {*_crud("servicepath"), "national.view_partner"}

RECORD_CONTACTS = {
    "records.add_contact",
    "records.view_contact",
    "records.change_contact",
    "records.delete_contact",
    "records.view_statistics",
}

# Codenames as "app_label.codename". Object-level limits (own offices) are enforced by the
# selectors named for the viewer, on top of these.
ROLE_PERMISSIONS: dict[str, set[str]] = {
    Role.WORKER: {
        ADMIN_ACCESS,
        "website.view_feedback",
        "website.change_feedback",
        *CHAT_DUTY,
        *RECORD_CONTACTS,
        RECORD_ATTENDANCE,
        *APPOINTMENTS,
        *LOG_OUTREACH,
        "outreach.view_outreachsession",
        VIEW_SERVICE_PATHS,
    },
    # Peer workers record the group and outreach contacts they take part in (see
    # records.selectors); they see and correct only those they recorded.
    Role.PEER_WORKER: {
        ADMIN_ACCESS,
        "records.add_contact",
        RECORD_ATTENDANCE,
        *LOG_OUTREACH,
        VIEW_SERVICE_PATHS,
    },
    Role.COORDINATOR: {
        ADMIN_ACCESS,
        "website.view_feedback",
        "website.change_feedback",
        "accounts.view_all_offices",
        "accounts.export_statistics",
        *CHAT_DUTY,
        *SAVED_REPLIES,
        "chat.view_chatfeedback",  # the words clients leave after a chat
        "core.view_audit_trail",
        "core.view_auditentry",
        *RECORD_CONTACTS,
        *APPOINTMENTS,
        "records.export_contacts",
        "records.view_category",
        "records.add_category",
        "records.change_category",
        *MANAGE_LOCALITIES,
        RECORD_ATTENDANCE,
        *MANAGE_COMMUNITY,
        *LOG_OUTREACH,
        *OUTREACH_FORUMS,
        "outreach.view_outreachsession",
        "outreach.view_outreach_summary",
        *MANAGE_NATIONAL,
    },
    Role.EDITOR: {
        ADMIN_ACCESS,
        # Pages kept in some languages only, on purpose (the language-coverage report).
        "website.add_singlelanguagepage",
        "website.change_singlelanguagepage",
        "website.delete_singlelanguagepage",
        "website.view_singlelanguagepage",
        "offices.add_office",
        "offices.change_office",
        "offices.view_office",
        *MANAGE_LOCALITIES,
        *MANAGE_COMMUNITY,
        *APPOINTMENT_KINDS,
        *EDIT_SERVICE_PATHS,
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    },
    Role.ADMINISTRATOR: {
        ADMIN_ACCESS,
        "website.view_feedback",
        "website.change_feedback",
        "accounts.view_all_offices",
        "accounts.unlock_accounts",
        "core.view_audit_trail",
        "core.view_auditentry",
        "core.view_retentionpolicy",
        "core.change_retentionpolicy",
        "auth.add_user",
        "auth.change_user",
        "auth.view_user",
        "auth.delete_user",
        "auth.view_group",
    },
}
EDITOR_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "view_page",
    "lock_page",
    "unlock_page",
]
