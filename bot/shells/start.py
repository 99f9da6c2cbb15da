"""The command's entry point: one OpenBLAS thread, set before numpy loads.

OpenBLAS starts its worker threads when numpy is imported, and an idle worker spins for a
while before it sleeps: on this two-core machine ``import numpy`` took 130 ms of CPU with
OpenBLAS's default threads against 70 ms with one. A reply already runs its products on
one thread (``bot.answering.threads``), so the command loses nothing by never starting the
others, and need not limit them for each reply. A user's own ``OPENBLAS_NUM_THREADS`` is
kept (and each reply limited as in the library). The library does not do this: a program
that embeds kzbot keeps its own threads.
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    """Run ``kzbot`` (``bot.shells.cli.main``) with one OpenBLAS thread unless told otherwise."""
    if "OPENBLAS_NUM_THREADS" not in os.environ and "numpy" not in sys.modules:
        os.environ["OPENBLAS_NUM_THREADS"] = "1"
        from bot.answering.threads import started_single

        started_single()
    from bot.shells.cli import main as command

    return command()
