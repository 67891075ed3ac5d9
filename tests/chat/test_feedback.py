"""The one anonymous question after a chat: "did this help?" (1-5, optional words)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from tests.staff import make_office, verified_client
from tukipiste.chat import feedback, services
from tukipiste.chat.models import Chat, ChatFeedback
from tukipiste.core.models import AuditEntry
from tukipiste.core.retention import purge_expired
from tukipiste.stats import reports
from tukipiste.stats.suppression import Hidden


def ended_chat(staff: dict[str, Any]) -> str:
    chat, token = services.start_chat(language="fi")
    services.set_duty(worker=staff["alice"], on=True)
    services.accept_chat(chat_id=chat.pk, worker=staff["alice"])
    services.end_chat(chat_id=chat.pk, by="client")
    return token


def post(client: Client, **data: Any) -> Any:
    return client.post("/en/chat-feedback/", data, headers={"Origin": "http://testserver"})


def test_an_ended_chat_answers_once(staff: dict[str, Any]) -> None:
    token = ended_chat(staff)
    answer = feedback.give_feedback(token=token, rating=4, words=" Kiitos ", now=timezone.now())
    assert (answer.rating, answer.words) == (4, "Kiitos")
    with pytest.raises(feedback.FeedbackRefused):
        feedback.give_feedback(token=token, rating=5, words="", now=timezone.now())
    assert ChatFeedback.objects.count() == 1


def test_a_waiting_chat_an_unknown_token_and_an_old_end_are_refused(
    staff: dict[str, Any],
) -> None:
    _chat, waiting = services.start_chat(language="fi")
    token = ended_chat(staff)
    for wrong, moment in [
        (waiting, timezone.now()),
        ("not-a-token", timezone.now()),
        (token, timezone.now() + feedback.FEEDBACK_WINDOW + dt.timedelta(minutes=1)),
    ]:
        with pytest.raises(feedback.FeedbackRefused):
            feedback.give_feedback(token=wrong, rating=3, words="", now=moment)
    with pytest.raises(feedback.FeedbackRefused):
        feedback.give_feedback(token=token, rating=6, words="", now=timezone.now())
    assert not ChatFeedback.objects.exists()


def test_the_purge_blanks_the_words_and_keeps_the_rating(staff: dict[str, Any]) -> None:
    token = ended_chat(staff)
    feedback.give_feedback(token=token, rating=2, words="my own words", now=timezone.now())
    purge_expired(now=timezone.now() + dt.timedelta(days=400))
    answer = ChatFeedback.objects.get()
    assert (answer.rating, answer.words) == (2, "")


def test_rating_counts_group_by_answer_and_office(staff: dict[str, Any]) -> None:
    for _ in range(3):
        feedback.give_feedback(token=ended_chat(staff), rating=5, words="", now=timezone.now())
    since, until = timezone.now() - dt.timedelta(days=1), timezone.now() + dt.timedelta(days=1)
    assert feedback.rating_counts(since=since, until=until, office_keys=None) == {
        1: 0,
        2: 0,
        3: 0,
        4: 0,
        5: 3,
    }
    assert feedback.rating_counts(since=since, until=until, office_keys=[-1])[5] == 0


def test_the_statistics_table_hides_small_counts() -> None:
    table = reports.chat_feedback_table({1: 0, 2: 1, 3: 7, 4: 9, 5: 20}, exact=False)
    cells = [row.cells[0] for row in table.rows]
    assert cells[1].hidden is Hidden.SMALL
    assert sum(1 for c in cells if c.hidden is not Hidden.NO) >= 2  # a sum may not reveal it
    assert str(cells[0]) == "0"
    assert reports.chat_feedback_table(dict.fromkeys(range(1, 6), 0), exact=False).rows == []


def test_the_form_post_thanks_and_a_second_post_is_refused(
    staff: dict[str, Any], client: Client
) -> None:
    token = ended_chat(staff)
    response = post(client, token=token, rating="5", words="Thank you")
    assert response.status_code == 200
    assert b"Thank you for your answer" in response.content
    assert post(client, token=token, rating="4").status_code == 400
    assert ChatFeedback.objects.get().words == "Thank you"
    assert response.cookies == {} or "sessionid" not in response.cookies


def test_a_post_without_a_rating_keeps_the_words_and_asks_again(
    staff: dict[str, Any], client: Client
) -> None:
    token = ended_chat(staff)
    response = post(client, token=token, words="kept")
    assert response.status_code == 400
    assert b"kept" in response.content and token.encode() in response.content
    assert not ChatFeedback.objects.exists()


def test_a_post_from_another_site_or_a_get_gives_no_feedback(
    staff: dict[str, Any], client: Client
) -> None:
    token = ended_chat(staff)
    response = client.post(
        "/en/chat-feedback/",
        {"token": token, "rating": "1"},
        headers={"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"},
    )
    assert response.status_code == 400
    assert client.get("/en/chat-feedback/").status_code == 302
    assert not ChatFeedback.objects.exists()


def test_coordinators_read_the_words_and_workers_cannot(staff: dict[str, Any]) -> None:
    feedback.give_feedback(
        token=ended_chat(staff), rating=2, words="Too slow <b>answer</b>", now=timezone.now()
    )
    feedback.give_feedback(token=ended_chat(staff), rating=5, words="", now=timezone.now())
    coordinator = verified_client(staff["charlie"])
    page = coordinator.get("/admin/chat/feedback/")
    assert page.status_code == 200
    assert b"Too slow &lt;b&gt;answer&lt;/b&gt;" in page.content  # client text stays inert
    assert page.content.count(b"/5</td>") == 1  # an answer without words is not listed
    assert AuditEntry.objects.filter(action="chat.feedback.listed").count() == 1
    refused = verified_client(staff["alice"]).get("/admin/chat/feedback/")
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")  # Wagtail's "no"
    menu = coordinator.get("/admin/").content.decode()
    assert "/admin/chat/feedback/" in menu.replace("\\u002F", "/")  # the menu's JSON


def test_a_coordinator_of_one_office_reads_that_office_and_web_chats(
    staff: dict[str, Any],
) -> None:
    here, there = (ended_chat(staff) for _ in range(2))
    for token, words in [(here, "from Helsinki"), (there, "from Turku")]:
        feedback.give_feedback(token=token, rating=3, words=words, now=timezone.now())
    web = feedback.give_feedback(
        token=ended_chat(staff), rating=3, words="from the web", now=timezone.now()
    )
    helsinki, turku = make_office("helsinki"), make_office("turku")
    Chat.objects.filter(feedback__words="from Helsinki").update(office=helsinki)
    Chat.objects.filter(feedback__words="from Turku").update(office=turku)
    Chat.objects.filter(pk=web.chat_id).update(office=None)
    shown = [a.words for a in feedback.answers_with_words(office_keys={helsinki.pk})]
    assert sorted(shown) == ["from Helsinki", "from the web"]
