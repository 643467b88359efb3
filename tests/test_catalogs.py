"""Every string a player sees has a Russian translation, and the template matches the code.

When this fails: run `scripts/update-catalogs`, translate the empty entries in
locales/ru/LC_MESSAGES/quiz.po, and run it again.
"""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
# msg and nmsg (quiz.core.errors) mark the messages about packs, said when shown.
KEYWORDS = {"gettext": None, "N_": None, "ngettext": (1, 2), "counted": (1, 2), "pgettext": ((1, "c"), 2),
            "msg": None, "nmsg": (1, 2)}
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")


def _ids(message_id) -> tuple[str, ...]:
    return message_id if isinstance(message_id, tuple) else (message_id,)


def _code_messages() -> set[tuple[str | None, str]]:
    found = set()
    for _file, _line, message, _comments, context in extract_from_dir(
        str(ROOT / "quiz"), method_map=[("**.py", "python")], keywords=KEYWORDS
    ):
        found.add((context, _ids(message)[0]))
    return found


def _read(path: Path):
    with path.open("rb") as f:
        return read_po(f)


def test_template_matches_the_code():
    template = {(m.context, _ids(m.id)[0]) for m in _read(ROOT / "locales" / "quiz.pot") if m.id}
    code = _code_messages()
    missing, stale = code - template, template - code
    assert not missing and not stale, (
        f"locales/quiz.pot is out of date (run scripts/update-catalogs): "
        f"new in code {sorted(missing, key=str)[:10]}, gone from code {sorted(stale, key=str)[:10]}"
    )


def test_every_message_has_a_russian_translation():
    catalog = _read(ROOT / "locales" / "ru" / "LC_MESSAGES" / "quiz.po")
    assert catalog.num_plurals == 3
    problems = []
    for m in catalog:
        if not m.id:
            continue
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        if m.fuzzy or not all(s.strip() for s in strings):
            problems.append(f"untranslated: {_ids(m.id)[0]!r}")
            continue
        if isinstance(m.id, tuple) and len(strings) != 3:
            problems.append(f"needs three plural forms: {m.id[0]!r}")
        wanted = set(PLACEHOLDER.findall(" ".join(_ids(m.id))))
        for s in strings:
            if set(PLACEHOLDER.findall(s)) - wanted:
                problems.append(f"unknown placeholder in translation of {_ids(m.id)[0]!r}: {s!r}")
    assert not problems, "\n".join(problems)
