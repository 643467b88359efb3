"""pack.schema.json lets an editor check a pack as it is typed (the YAML language server
reads the modeline at the top of each pack). It must accept every bundled pack, refuse a
broken one, and know the same keys as the loader."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from quiz import paths
from quiz.core.packs import FIELDS

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "quiz" / "core" / "pack.schema.json"
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
BUNDLED = sorted(paths.questions_dir().glob("*.yaml"))


def as_language_server_sees_it(value):
    """YAML dates become strings, as the language server hands them to the schema, and so
    do keys (`false:` is the key "false", as JavaScript's String(false) makes it)."""
    if isinstance(value, dict):
        return {json.dumps(k) if isinstance(k, bool) else str(k): as_language_server_sees_it(v)
                for k, v in value.items()}
    if isinstance(value, list):
        return [as_language_server_sees_it(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def instance(text: str):
    return as_language_server_sees_it(yaml.safe_load(text))


def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())


def test_the_schema_is_a_valid_draft_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("pack", BUNDLED, ids=lambda p: p.name)
def test_every_bundled_pack_validates_against_the_schema(pack):
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
              for e in validator().iter_errors(instance(pack.read_text(encoding="utf-8")))]
    assert errors == []


@pytest.mark.parametrize("pack", BUNDLED, ids=lambda p: p.name)
def test_every_bundled_pack_names_the_schema_in_its_first_line(pack):
    first = pack.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../quiz/core/pack.schema.json"


@pytest.mark.parametrize("mistake, old, new", [
    ("a misspelt key", "    year: 2017", "    yaer: 2017"),
    ("a year out of range", "    year: 2017", "    year: 1700"),
    ("an unknown locale", "  en: Spacewalk\n", "  eng: Spacewalk\n"),
    ("a choice answer of zero", "    answer: 2\n", "    answer: 0\n"),
    ("an unknown question type", "type: truefalse", "type: yesno"),
])
def test_a_broken_pack_does_not_validate(mistake, old, new):
    text = (paths.questions_dir() / "spacewalk.yaml").read_text(encoding="utf-8")
    assert old in text, mistake
    assert list(validator().iter_errors(instance(text.replace(old, new, 1)))), mistake


def test_the_schema_and_the_loader_know_the_same_keys():
    defs = SCHEMA["$defs"]
    for kind, (required, optional) in FIELDS.items():
        assert set(defs[kind]["required"]) == set(required), kind
        assert set(defs[kind]["properties"]) == set(required) | set(optional), kind


def test_the_schema_accepts_what_the_loader_accepts_for_a_number_written_as_a_title():
    text = (paths.questions_dir() / "spacewalk.yaml").read_text(encoding="utf-8")
    changed = text.replace("      en: Spacewalk\n", "      en: 1917\n", 1)
    assert changed != text
    assert list(validator().iter_errors(instance(changed))) == []
