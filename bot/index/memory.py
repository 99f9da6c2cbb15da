"""Big freed arrays go back to the system at once while a build runs, so its peak memory
is what it holds.

glibc's malloc serves a block of at least M_MMAP_THRESHOLD bytes (128 KiB) with its own
mapping, returned to the system when freed; but each time such a block is freed the
threshold rises to its size (up to 32 MiB), so later arrays of a few MiB (a part's counts)
come from the heap, whose freed holes stay resident and are seldom reused whole. On the
50 MB text that left about 140 MB of freed memory counted in the build's peak.
``big_blocks_mapped`` fixes the threshold at 128 KiB for the build, then sets it to 32 MiB,
where it would have risen: answering a question allocates arrays of a few MiB (one score
per sentence) again and again, which the heap reuses, whereas fresh mappings cost page
faults each time (4 ms → 16 ms a question at 50 MB). Elsewhere than glibc (no ``mallopt``)
nothing changes. For the same reason, loops over blocks during a build keep their
temporaries under 128 KiB (``bot.index.weights``), and after the build the heap is trimmed
only when 64 MiB of its top are free (twice the threshold, as glibc's own rule would set
it): once the threshold is set by hand glibc no longer moves the trim threshold, and left
where it happened to be (128 KiB in some runs) it gave each question's freed arrays back,
to be faulted in again by the next one (11 MB a question at 50 MB, median 4.7 → 9 ms).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

_M_TRIM_THRESHOLD = -1  # glibc's malloc.h
_M_MMAP_THRESHOLD = -3
_DURING = 128 * 1024  # glibc's default, kept from rising while a build runs
_AFTER = 32 * 1024 * 1024  # glibc's ceiling for the threshold on 64-bit systems


@contextmanager
def big_blocks_mapped() -> Iterator[None]:
    """Inside: freed blocks of 128 KiB and more leave at once; after: 32 MiB and more."""
    mallopt = _mallopt()
    if mallopt:
        mallopt(_M_MMAP_THRESHOLD, _DURING)
    try:
        yield
    finally:
        if mallopt:
            mallopt(_M_MMAP_THRESHOLD, _AFTER)
            mallopt(_M_TRIM_THRESHOLD, 2 * _AFTER)  # as glibc's own rule would set it


def _mallopt() -> Callable[[int, int], int] | None:
    """glibc's ``mallopt``, or None where there is none."""
    import ctypes  # here: ctypes.util alone costs a cold start some milliseconds
    import ctypes.util

    name = ctypes.util.find_library("c")
    try:
        function: Callable[[int, int], int] = ctypes.CDLL(name).mallopt
    except (OSError, AttributeError, TypeError):
        return None
    return function
