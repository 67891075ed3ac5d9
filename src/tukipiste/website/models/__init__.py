from tukipiste.website.models.feedback import Feedback
from tukipiste.website.models.languages import SingleLanguagePage
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
    "OfficeIndexPage",
    "SingleLanguagePage",
    "StaffContact",
    "StaffContactsPage",
]
