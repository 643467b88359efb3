"""Packs in and out of other tools' formats.

`IMPORTERS` maps a format name to a function reading decoded text into an `ImportResult`
(a pack document in the pack format); `EXPORTERS` maps a format name to a function writing
generated questions as that format's bytes. Plain dicts, no discovery.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from quiz.core.models import Pack, Question
from quiz.core.yamlsafe import read_bytes
from quiz.formats import aiken, csv_format, gift, imdb_page, opentdb
from quiz.formats.common import MAX_IMPORT_BYTES, ImportOptions, ImportResult, decode

Importer = Callable[[str, ImportOptions], ImportResult]
Exporter = Callable[[Pack, list[Question], str], bytes]

IMPORTERS: dict[str, Importer] = {
    "csv": csv_format.read,
    "gift": gift.read,
    "aiken": aiken.read,
    "opentdb": opentdb.read,
    "imdb-page": imdb_page.read,
}

EXPORTERS: dict[str, Exporter] = {
    "gift": gift.write,
    "csv": csv_format.write,
    "opentdb": opentdb.write,
}


def import_bytes(fmt: str, data: bytes, opts: ImportOptions) -> ImportResult:
    """Bytes a person handed us, in format `fmt`, as a pack document. Raises PackError (and
    nothing else) for anything it cannot use."""
    return IMPORTERS[fmt](decode(data, opts.file), opts)


def import_file(fmt: str, path: Path, opts: ImportOptions) -> ImportResult:
    """The file at `path` imported; a file larger than a pack may be is refused after
    reading just past the limit, never read whole."""
    return import_bytes(fmt, read_bytes(Path(path), opts.file, MAX_IMPORT_BYTES), opts)
