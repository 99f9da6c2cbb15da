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


_CHILD = """
import os, sys
sys.argv = ["kzbot", "ask", "hello"]
from bot.shells.start import main
main()
from threadpoolctl import threadpool_info
from bot.answering import threads
print(sorted({int(lib["num_threads"]) for lib in threadpool_info()
              if lib["user_api"] == "blas"}), threads._single)
"""


@pytest.mark.parametrize(("chosen", "seen"), [(None, "[1] True"), ("1", "[1] False")])
def test_the_command_starts_blas_with_one_thread_unless_the_user_chose(
        chosen: str | None, seen: str) -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    if chosen:
        env["OPENBLAS_NUM_THREADS"] = chosen
    done = subprocess.run([sys.executable, "-c", _CHILD], env=env, capture_output=True,
                          text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == seen
