"""Names of the organisation's offices, marked so that every language can spell them.

Templates show an office's name with ``{% translate office.name %}``; a name not listed
here is shown as it is written.
"""

from django.utils.translation import gettext_noop

OFFICE_NAMES = [gettext_noop("Helsinki"), gettext_noop("Tampere"), gettext_noop("Turku")]
