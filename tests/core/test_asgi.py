"""HTTP requests run on kept threads, so a thread's database connection serves the next one."""

from __future__ import annotations

import threading

from tukipiste.core.asgi import RequestThreads


def _thread_of(executor: object) -> int:
    return executor.submit(threading.get_ident).result()  # type: ignore[attr-defined, no-any-return]


def test_a_request_thread_is_given_to_the_next_request() -> None:
    threads = RequestThreads(keep=1)
    first = threads.take()
    ident = _thread_of(first)
    threads.give_back(first)
    again = threads.take()
    assert again is first and _thread_of(again) == ident
    threads.give_back(again)


def test_threads_beyond_those_kept_are_ended() -> None:
    threads = RequestThreads(keep=1)
    a, b = threads.take(), threads.take()
    assert a is not b  # two requests at once run on two threads
    threads.give_back(a)
    threads.give_back(b)
    assert threads.idle == [a]
    assert b._shutdown  # type: ignore[attr-defined]
    a.shutdown()
