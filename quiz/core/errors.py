"""Problems found in a pack or an import file, each with its place and what to do.

Every loader and importer reports through these: a problem names `file:line:column`, the
place in the document (`films[0].cast[2].character`) where there is one, what is wrong, and
how to fix it, in words a teacher understands. Nothing else escapes a loader.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class PackProblem:
    file: str
    line: int  # 1-based; 0 when the problem is about the whole file
    column: int  # 1-based; 0 when unknown
    message: str
    hint: str = ""
    where: str = ""  # place in the document, e.g. films[0].cast[2].character
    severity: str = "error"  # "error" or "warning"

    def location(self) -> str:
        if self.line and self.column:
            return f"{self.file}:{self.line}:{self.column}"
        if self.line:
            return f"{self.file}:{self.line}"
        return self.file

    def __str__(self) -> str:
        text = f"{self.location()}: {self.severity}: {self.message}"
        if self.where:
            text += f" (at {self.where})"
        if self.hint:
            text += f". {self.hint}" if not self.hint.startswith(" ") else self.hint
        return text


class PackError(Exception):
    """A pack or import file that cannot be used; `problems` says why, each with its place."""

    def __init__(self, problems: Iterable[PackProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
