"""A cache of read packs, so that a pack of thousands of questions opens at once the second
time.

Reading a pack parses its YAML into a tree of values that know their line and column and
checks every field (quiz.core.packs); for 10,000 questions that takes seconds. The result
depends only on the file's bytes, the name it was read under (the pack's origins carry it)
and the code that reads it, so it is stored under a key made of exactly those: the SHA-256
of the bytes, the name, a hash of the reader's own source files, and what the caller adds
(the YAML parser in use). An edited pack has another key and is read afresh; so is every
pack after the reader's code changes.

There is one file per pack name, overwritten when the pack changes, so the folder does not
grow with every edit. Its first line is the key, so a stale file is recognised without
unpickling it. Files are written atomically (quiz.core.storage). Anything wrong with one —
missing, truncated, corrupt, from another version, a folder that cannot be written — means
the pack is read from its YAML and the file rewritten where possible: the cache never
causes an error.

The files are pickles. They only ever hold what this code wrote to the user's own cache
folder, and whoever can write there can already run code as the user.
"""

from __future__ import annotations

import copyreg
import dataclasses
import hashlib
import io
import logging
import pickle
import sys
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO, Callable, TypeVar

from quiz import paths
from quiz.core import storage
from quiz.core.bulk import no_collection

log = logging.getLogger(__name__)

T = TypeVar("T")

# The modules whose code decides what a read pack holds: any change to them is a new key.
_SOURCES = ("cache.py", "errors.py", "models.py", "packs.py", "yamlsafe.py")
_SUFFIX = ".pack-cache"


@lru_cache(maxsize=None)
def code_version() -> str:
    """A hash of the reader's source files and the Python version that pickled the result."""
    digest = hashlib.sha256(sys.version.encode())
    here = Path(__file__).resolve().parent
    for name in _SOURCES:
        try:
            digest.update((here / name).read_bytes())
        except OSError:
            # Sources not beside the module (a frozen build): no way to tell versions
            # apart, so no caching at all rather than a stale pack.
            return ""
    return digest.hexdigest()


def folder() -> Path:
    return paths.user_cache_dir() / "packs"


def _file_for(name: str) -> Path:
    return folder() / (hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:32] + _SUFFIX)


def _key(name: str, data: bytes, extra: str) -> bytes:
    digest = hashlib.sha256()
    for part in (code_version(), extra, name):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\x00")
    digest.update(data)
    return digest.hexdigest().encode("ascii")


def _load(file: Path, key: bytes, join: Callable[[list[object]], object]) -> object | None:
    try:
        raw = file.read_bytes()
    except OSError:
        return None
    header, _, body = raw.partition(b"\n")
    if header != key:
        return None
    stream = io.BytesIO(body)
    with no_collection():
        try:
            parts = []
            while stream.tell() < len(body):
                parts.append(pickle.load(stream))
            return join(parts)
        except Exception as e:  # noqa: BLE001 - a corrupt cache file is rebuilt, never an error
            log.info("ignoring the unreadable pack cache %s (%r)", file, e)
            return None


class _Pickler(pickle.Pickler):
    """Pickles dataclass instances field by field. The default reads each object's
    `__dict__`, which makes Python build a real dict for every one of them (instances
    otherwise keep their fields inline) and keep it: a third more memory for a large pack,
    at the moment its first read peaks. The pickle is the same either way (NEWOBJ, then
    the fields as a dict), so reading it back costs the same."""

    def reducer_override(self, obj: object) -> object:
        cls = type(obj)
        if not dataclasses.is_dataclass(cls) or hasattr(cls, "__slots__"):
            return NotImplemented
        names = _FIELD_NAMES.get(cls)
        if names is None:
            names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
        return copyreg.__newobj__, (cls,), {name: getattr(obj, name) for name in names}


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _store(file: Path, key: bytes, parts: list[object]) -> None:
    try:
        def write(f: BinaryIO) -> None:
            f.write(key + b"\n")
            for part in parts:
                _Pickler(f, pickle.HIGHEST_PROTOCOL).dump(part)

        storage.atomic_write_stream(file, write)
    except Exception as e:  # noqa: BLE001 - a read-only or full disk only costs speed
        log.info("could not write the pack cache %s (%r)", file, e)


def cached(name: str, data: bytes, build: Callable[[], T], valid: Callable[[object], bool],
           keep: Callable[[T], bool] = lambda value: True, extra: str = "",
           split: Callable[[T], list[object]] = lambda value: [value],
           join: Callable[[list[object]], object] = lambda parts: parts[0]) -> T:
    """What `build()` gives for the file `name` holding `data`: from the cache when it holds
    this very key and a value that passes `valid`, else built, and stored when `keep` says
    it is worth keeping.

    The value is stored as the parts `split` gives, each pickled on its own, and rebuilt
    with `join`: a pickler keeps every object it has written until it is done, so one
    pickle of a large pack costs tens of MB more at the moment its first read peaks."""
    if not code_version():
        return build()
    file, key = _file_for(name), _key(name, data, extra)
    value = _load(file, key, join)
    if value is not None and valid(value):
        return value  # type: ignore[return-value]
    value = build()
    if keep(value):
        _store(file, key, split(value))
    return value
