"""Which questions of a pack were already asked, for classroom games with "no repeats".

One small JSON file per pack in the user data directory, written atomically after every
question, so a game stopped half-way still remembers what it asked. A corrupt file is moved
aside with a warning and that pack's history starts empty.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

from quiz import paths
from quiz.core.storage import atomic_write_json, read_json

FOLDER = "history"


def history_dir() -> Path:
    return paths.user_data_dir() / FOLDER


def _path(pack_id: str, folder: Path | None) -> Path:
    # Pack ids are slugs already; this keeps a hand-made id from leaving the folder.
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", pack_id).lstrip(".") or "_"
    return (folder or history_dir()) / f"{safe}.json"


def _valid(value: object) -> bool:
    return (isinstance(value, dict) and isinstance(value.get("asked"), list)
            and all(isinstance(i, str) for i in value["asked"]))


def asked(pack_id: str, folder: Path | None = None) -> frozenset[str]:
    """The ids of the pack's questions asked in earlier games."""
    raw = read_json(_path(pack_id, folder), lambda: {"asked": []}, validate=_valid)
    return frozenset(raw["asked"])


def record(pack_id: str, question_ids: Iterable[str], folder: Path | None = None) -> None:
    """Add `question_ids` to the pack's history."""
    ids = asked(pack_id, folder) | set(question_ids)
    atomic_write_json(_path(pack_id, folder), {"pack": pack_id, "asked": sorted(ids)})


def packs(folder: Path | None = None) -> list[str]:
    """The packs that have a history, by file name."""
    folder = folder or history_dir()
    return sorted(p.stem for p in folder.glob("*.json")) if folder.is_dir() else []


def reset(pack_id: str | None = None, folder: Path | None = None) -> list[str]:
    """Forget the history of `pack_id`, or of every pack; the packs that had one."""
    targets = [pack_id] if pack_id else packs(folder)
    done = []
    for pack in targets:
        path = _path(pack, folder)
        if path.exists():
            path.unlink()
            done.append(pack)
    return done
