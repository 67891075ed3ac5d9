"""Any frame, however malformed, gets a documented answer and the connection survives."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from asgiref.sync import async_to_sync
from channels.testing import WebsocketCommunicator
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tukipiste.chat.consumers import ClientConsumer
from tukipiste.chat.protocol import CLIENT_TYPES

DOC = (Path(__file__).resolve().parents[2] / "docs" / "chat-protocol.md").read_text()
DOCUMENTED_ERRORS = set(re.findall(r"^\| `([a-z_]+)`", DOC.split("## Errors")[1], re.M)) | {
    "taken",
    "limit_reached",
    "off_duty",
    "not_yours",
}
DOCUMENTED_TYPES = set(re.findall(r"^\| `([a-z_]+)`", DOC, re.M))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)
frames = st.one_of(
    st.text(max_size=200),
    json_values.map(json.dumps),
    st.fixed_dictionaries(
        {"type": st.sampled_from(sorted(CLIENT_TYPES))},
        optional={
            "token": json_values,
            "last_seq": json_values,
            "id": json_values,
            "body": json_values,
            "language": st.sampled_from(["fi", "xx", "", None]) | json_values,
            "topic": json_values,
            "on": json_values,
            "seq": json_values,
            "after_seq": json_values,
            "v": json_values,
        },
    ).map(json.dumps),
)


async def exchange(frames_to_send: list[str]) -> list[dict[str, Any]]:
    communicator = WebsocketCommunicator(ClientConsumer.as_asgi(), "/ws/chat/client/")
    connected, _ = await communicator.connect()
    assert connected
    try:
        return await _answers(communicator, frames_to_send)
    finally:
        # Also after the consumer closed the socket: only the disconnect ends the consumer
        # (a consumer left running stays on the chat's clock of this process for good).
        await communicator.disconnect()


async def _answers(
    communicator: WebsocketCommunicator, frames_to_send: list[str]
) -> list[dict[str, Any]]:
    duty = json.loads(await communicator.receive_from(timeout=5))
    assert duty["type"] == "duty"  # every client socket hears first whether duty is open
    answers: list[dict[str, Any]] = []
    for text in frames_to_send:
        await communicator.send_input({"type": "websocket.receive", "text": text})
        while not await communicator.receive_nothing(timeout=0.05):
            output = await communicator.receive_output()
            if output["type"] == "websocket.close":
                return answers  # only after a fatal error, checked by the caller
            answers.append(json.loads(output["text"]))
    await communicator.send_to(text_data='{"type":"ping"}')
    # Answers to the frames above may still be on their way on a busy machine.
    while not answers or answers[-1] != {"type": "pong"}:
        output = await communicator.receive_output(timeout=5)
        if output["type"] == "websocket.close":
            return answers
        answers.append(json.loads(output["text"]))
    return answers


@pytest.fixture(autouse=True)
def _memory_layer(settings: Any) -> Any:
    """The frames are under test here, not the layer: one event loop per example needs an
    in-memory layer (the Redis layer binds its connections to one loop)."""
    from channels.layers import channel_layers

    settings.CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    # The live server of other tests keeps its own layer: put it back afterwards (a new
    # Redis layer made by the next caller could be bound to the wrong event loop).
    kept = dict(channel_layers.backends)
    channel_layers.backends.clear()
    yield
    channel_layers.backends.clear()
    channel_layers.backends.update(kept)


@pytest.mark.django_db(transaction=True)
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(frames, min_size=1, max_size=5))
def test_every_malformed_frame_gets_a_documented_error_and_the_socket_survives(
    frames_to_send: list[str],
) -> None:
    answers = async_to_sync(exchange)(frames_to_send)
    fatal = [a for a in answers if a["type"] == "error" and a["fatal"]]
    if not fatal:
        assert answers[-1] == {"type": "pong"}, "the connection must survive"
    for answer in answers:
        assert answer["type"] in DOCUMENTED_TYPES | {"error", "pong"}
        if answer["type"] == "error":
            assert answer["code"] in DOCUMENTED_ERRORS, answer
            assert answer["fatal"] is (answer["code"] in {"unsupported_version", "blocked"})
