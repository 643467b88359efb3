"""Files that must survive a crash: written atomically (temp file, flush, fsync, rename),
and read back with a corrupt file moved aside rather than stopping the game."""

from __future__ import annotations

import json
import logging
import os
import tempfile
import time
from pathlib import Path
from typing import Any, BinaryIO, Callable

log = logging.getLogger(__name__)

# Settings, high scores and the like are a few kilobytes; a file far larger is not ours
# (or is damaged) and is not read whole.
MAX_DATA_BYTES = 8 * 1024 * 1024


def atomic_write_bytes(path: Path | str, data: bytes) -> None:
    atomic_write_stream(path, lambda f: f.write(data))


def atomic_write_stream(path: Path | str, write: Callable[[BinaryIO], object]) -> None:
    """Atomically, whatever `write(file)` writes: for content too large to hold in memory
    twice (the pack cache pickles straight into the file)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write_text(path: Path | str, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_json(path: Path | str, value: Any) -> None:
    atomic_write_text(path, json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


def move_aside(path: Path, reason: str) -> Path:
    """Keep a file the game cannot read for the user, out of the game's way."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    os.replace(path, target)
    log.warning("%s could not be read (%s); moved aside to %s and started afresh", path, reason, target)
    return target


def read_text(path: Path | str) -> str | None:
    """The text of one of the game's own data files; None when there is none. A file that
    cannot be read, is not UTF-8 or is far too large to be ours is moved aside (kept for
    the user) with a warning, and None returned: it never stops the game."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_DATA_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as e:  # a folder in its place, no permission
        set_aside(path, f"it cannot be read: {e.strerror or e}")
        return None
    if len(raw) > MAX_DATA_BYTES:
        set_aside(path, f"it is larger than {MAX_DATA_BYTES // (1024 * 1024)} MB")
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        set_aside(path, str(e))
        return None


def read_json(path: Path | str, default: Callable[[], Any], validate: Callable[[Any], bool] | None = None) -> Any:
    """The JSON in `path`; `default()` when there is none. A file that `read_text` refuses,
    that is not JSON or that fails `validate` is moved aside with a warning and `default()`
    returned."""
    path = Path(path)
    text = read_text(path)
    if text is None:
        return default()
    try:
        value = json.loads(text)
    except (ValueError, RecursionError) as e:  # ValueError: JSONDecodeError and NaN-like oddities
        set_aside(path, str(e) if not isinstance(e, RecursionError) else "it is nested too deeply")
        return default()
    if validate is not None and not validate(value):
        set_aside(path, "unexpected content")
        return default()
    return value


def set_aside(path: Path, reason: str) -> None:
    """`move_aside`, or only a warning when even that fails (a read-only folder): the
    game goes on either way."""
    try:
        move_aside(path, reason)
    except OSError as e:
        log.warning("%s could not be read (%s) nor moved aside (%s); using defaults", path, reason,
                    e.strerror or e)
