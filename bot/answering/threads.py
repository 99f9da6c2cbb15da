"""Answering runs its matrix products on one BLAS thread.

A question's products are small (a few dozen candidate sentences by 128 dimensions), so a
second thread saves nothing, and on a busy machine it costs a great deal: OpenBLAS's
threads wait for a core, and the median ask measured 15 ms with two threads on a loaded
two-core machine against 1.7 ms with one. ``one_blas_thread`` limits the BLAS libraries
numpy loaded to one thread for the duration of a reply and restores the caller's setting
afterwards, so a program that embeds kzbot keeps its own. threadpoolctl (already a
scikit-learn dependency) is imported on the first reply only; it costs about 5 ms once
and 0.05 ms a reply. The command (``bot.shells.start``) starts OpenBLAS with one thread
before numpy loads and says so (``started_single``): then there is nothing to limit, and
a one-shot ask saves those 5 ms.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from typing import Any

_controller: Any = None
_single = False  # True once the process's only BLAS was started with one thread


def started_single() -> None:
    """Record that numpy's OpenBLAS was started with one thread (``bot.shells.start``)."""
    global _single
    _single = True


def one_blas_thread() -> AbstractContextManager[Any]:
    """A context in which numpy's BLAS uses one thread (see the module docstring)."""
    global _controller
    if _single:
        return nullcontext()
    if _controller is None:
        from threadpoolctl import ThreadpoolController

        _controller = ThreadpoolController()
    limited: AbstractContextManager[Any] = _controller.limit(limits=1, user_api="blas")
    return limited
