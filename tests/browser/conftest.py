"""Chat fixtures for the browser tests."""

from tests.chat.conftest import chat_open, demo_chat_page, staff  # noqa: F401
