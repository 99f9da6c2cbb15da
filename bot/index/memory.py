"""Big freed arrays go back to the system at once, so a build's peak memory is what it holds.

glibc's malloc serves a block of at least M_MMAP_THRESHOLD bytes (128 KiB) with its own
mapping, returned to the system when freed; but each time such a block is freed the
threshold rises to its size (up to 32 MiB), so later arrays of a few MiB (a part's counts,
a block of weights) come from the heap, whose freed holes stay resident and are seldom
reused whole. On the 50 MB text that left about 140 MB of freed memory counted in the
build's peak. Fixing the threshold at its default (``mallopt``) stops the rise. Elsewhere
than glibc (no ``mallopt``) nothing changes.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools

_M_MMAP_THRESHOLD = -3  # glibc's malloc.h
_THRESHOLD = 128 * 1024  # glibc's default, kept instead of rising


@functools.cache
def map_big_blocks() -> bool:
    """Keep glibc's mmap threshold at 128 KiB for this process; whether it could."""
    name = ctypes.util.find_library("c")
    try:
        mallopt = ctypes.CDLL(name).mallopt if name else None
    except (OSError, AttributeError):
        return False
    return bool(mallopt and mallopt(_M_MMAP_THRESHOLD, _THRESHOLD) == 1)
