"""A disk cache of what the retriever learned, so a new process answers without refitting.

Entries live in ``$XDG_CACHE_HOME/kzbot`` (default ``~/.cache/kzbot``), one ``.npz`` file
per key; the key hashes the document's text and kzbot's own source code and data files, so
an edited document or a new version of kzbot never reads a stale entry. Files are numpy arrays only
(loaded with ``allow_pickle=False``: a cache file cannot run code). A missing, corrupt,
truncated or mismatched entry is ignored and rebuilt; an unwritable folder means no
cache, never an error. Writes go to a temporary file renamed into place, so two processes
building at once each leave a whole file. A big entry can be written behind, by a thread of
its own (``save_behind``), while the caller goes on.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import threading
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

Arrays = dict[str, npt.NDArray[np.generic]]
MAX_ENTRIES = 32
BEHIND_BYTES = 64 << 20  # ``save_behind`` writes an entry this big in a thread of its own
_TEXTS_AT_ONCE = 4096
_SOURCE = Path(__file__).resolve().parent
_writing: dict[Path, threading.Thread] = {}  # entries being written behind, by path


def cache_dir() -> Path:
    """The cache folder: $XDG_CACHE_HOME/kzbot, or ~/.cache/kzbot."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kzbot"


@lru_cache(maxsize=1)
def _code_version() -> bytes:
    """A digest of kzbot's own source and data files: any change to them changes every key.

    The sources (``*.py``, under a megabyte) are read whole: an edit that keeps a file's
    size and time (a build that stamps every file with one time, as reproducible builds
    do) still changes the key. The data files (megabytes of vectors and weights) are
    known by path, size and modification time, as Python's bytecode cache knows a source,
    and by kzbot's version, which a release of new data changes: reading them cost a
    one-shot ``kzbot ask`` 20-60 ms. Read once per process.
    """
    from bot import __version__  # the package's own version: bot imports this module

    digest = hashlib.sha256(__version__.encode())
    for path in sorted(_SOURCE.rglob("*.py")):
        digest.update(str(path.relative_to(_SOURCE)).encode() + b"\0" + path.read_bytes())
    for path in sorted(_SOURCE.rglob("data/*")):
        seen = path.stat()
        digest.update(f"{path.relative_to(_SOURCE)}\0{seen.st_size}\0{seen.st_mtime_ns}\n"
                      .encode("utf-8", "surrogatepass"))
    return digest.digest()


def key(texts: list[str], extra: bytes = b"") -> str:
    """The cache key of a document given as its texts (and ``extra`` bytes that tell more
    about it), for this version of the code.

    It digests the texts' lengths and ``extra``, then the texts joined, a few thousand at a
    time (not one update per text, nor one copy of a whole big document).
    """
    digest = hashlib.sha256(_code_version())
    digest.update(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)).tobytes())
    digest.update(np.int64(len(extra)).tobytes() + extra)
    for start in range(0, len(texts), _TEXTS_AT_ONCE):
        chunk = "".join(texts[start:start + _TEXTS_AT_ONCE])
        digest.update(chunk.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:40]


def pack(strings: list[str]) -> npt.NDArray[np.uint8]:
    """Strings without a newline as one array of UTF-8 bytes, each followed by a newline.

    A fraction of the bytes of numpy's fixed-width ``str`` arrays (four per character of
    the longest string, for every string), and ``unpack`` reads it back several times faster.
    """
    joined = "\n".join(strings) + "\n" if strings else ""
    return np.frombuffer(joined.encode("utf-8", "surrogatepass"), dtype=np.uint8)


def unpack(array: npt.NDArray[np.generic]) -> list[str]:
    """The strings ``pack`` stored (ValueError when the bytes are not its)."""
    text = np.asarray(array, dtype=np.uint8).tobytes().decode("utf-8", "surrogatepass")
    if text and not text.endswith("\n"):
        raise ValueError("packed strings do not end with a newline")
    return text.split("\n")[:-1]


def load(name: str, folder: Path | None = None) -> Arrays | None:
    """The arrays stored under a key, or None when there is no whole, readable entry."""
    path = (folder or cache_dir()) / f"{name}.npz"
    _written(path)
    try:
        with np.load(path, allow_pickle=False) as data:
            arrays = {k: data[k] for k in data.files}
    except Exception:  # any unreadable entry is a miss: it will be rebuilt
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used entries are the last to be pruned
    return arrays


def save(name: str, arrays: Mapping[str, npt.NDArray[np.generic]],
         folder: Path | None = None, keep: int | None = None) -> bool:
    """Store arrays under a key atomically; False (and no error) when the folder won't take it.

    The ``keep`` (default ``MAX_ENTRIES``) most recently used entries of the folder are
    kept, the others deleted.
    """
    folder = folder or cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                np.savez(stream, **arrays)  # type: ignore[arg-type]
            os.replace(temporary, folder / f"{name}.npz")
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
        _prune(folder, keep or MAX_ENTRIES)
        return True
    except OSError:
        return False


def save_behind(name: str, arrays: Mapping[str, npt.NDArray[np.generic]],
                folder: Path | None = None) -> None:
    """``save``, in a thread of its own when the arrays hold ``BEHIND_BYTES`` or more.

    A 50 MB folder's index is 340 MB of arrays, half a second to write: the document
    answers meanwhile. ``load`` of that entry in this process waits for the write, and so
    does the process before it exits (the thread is not a daemon). A small entry is
    written at once.
    """
    folder = folder or cache_dir()  # now: the environment may change while it is written
    if sum(a.nbytes for a in arrays.values()) < BEHIND_BYTES:
        save(name, arrays, folder)
        return
    path = folder / f"{name}.npz"
    _written(path)
    thread = threading.Thread(target=save, args=(name, dict(arrays), folder),
                              name=f"kzbot cache {name}")
    _writing[path] = thread
    thread.start()


def _written(path: Path) -> None:
    """Wait until an entry this process is writing behind is written."""
    thread = _writing.pop(path, None)
    if thread is not None:
        thread.join()


def _prune(folder: Path, keep: int) -> None:
    """Keep only the ``keep`` most recently used entries."""
    entries = sorted(folder.glob("*.npz"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[keep:]:
        old.unlink(missing_ok=True)
