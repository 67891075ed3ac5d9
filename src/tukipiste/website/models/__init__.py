from tukipiste.website.models.feedback import Feedback
from tukipiste.website.models.offices import Office, OfficeException, OfficeHours, Service
from tukipiste.website.models.pages import (
    ContentPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    OfficeIndexPage,
    StaffContact,
    StaffContactsPage,
)

__all__ = [
    "ContentPage",
    "Feedback",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "Office",
    "OfficeException",
    "OfficeHours",
    "OfficeIndexPage",
    "Service",
    "StaffContact",
    "StaffContactsPage",
]
