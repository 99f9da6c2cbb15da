"""A reply's maths runs on one BLAS thread, and the caller's setting comes back after."""

from typing import Any

import pytest
from threadpoolctl import threadpool_info

from bot import Chatbot
from bot.reply import Reply


def _blas_threads() -> list[int]:
    return [int(lib["num_threads"]) for lib in threadpool_info() if lib["user_api"] == "blas"]


def test_a_reply_runs_on_one_blas_thread_and_restores_the_setting(
        bot: Chatbot, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _blas_threads()
    seen: list[list[int]] = []
    route = Chatbot._respond

    def watched(self: Chatbot, *route_args: Any) -> Reply:
        seen.append(_blas_threads())
        return route(self, *route_args)

    monkeypatch.setattr(Chatbot, "_respond", watched)
    bot.ask("When were diplomatic relations established?")
    assert seen and all(n == 1 for n in seen[0])
    assert _blas_threads() == before
