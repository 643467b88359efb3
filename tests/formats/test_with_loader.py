"""Imported packs load with the real pack loader, pass validate, and exported questions come
back through it unchanged."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from format_samples import import_sample

from quiz.core.errors import PackError
from quiz.formats import EXPORTERS, import_bytes
from quiz.core.distractors import casekey
from quiz.formats.common import ImportOptions, ImportResult, choice_question, dump_pack, pack_document
from quiz.formats.scaffold import starter_pack

packs = pytest.importorskip("quiz.core.packs", reason="the pack loader has not landed")
generators = pytest.importorskip("quiz.core.generators", reason="the generators have not landed")
SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "quiz" / "core" / "pack.schema.json").read_text("utf-8"))

BUNDLED = sorted((Path(__file__).resolve().parents[2] / "questions").glob("*.yaml"))
SAMPLES = [("csv", "kahoot.csv"), ("gift", "quiz.gift"), ("aiken", "quiz.aiken.txt"), ("opentdb", "opentdb.json"),
           ("imdb-page", "imdb_spacewalk.txt")]


def written(result: ImportResult, folder: Path):
    target = folder / "imported.yaml"
    target.write_text(dump_pack(result, target), encoding="utf-8")
    assert packs.validate_pack(target) == [] or all(p.severity == "warning" for p in packs.validate_pack(target))
    return packs.load_pack(target)


def _as_json(value):
    """The YAML document as the editor's language server hands it to the schema."""
    if isinstance(value, dict):
        return {str(k).lower() if isinstance(k, bool) else str(k): _as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_json(v) for v in value]
    return value.isoformat() if isinstance(value, dt.date) else value


@pytest.mark.parametrize("fmt, name", SAMPLES)
def test_imported_packs_satisfy_the_schema_their_first_line_names(tmp_path, fmt, name):
    target = tmp_path / "sub" / "imported.yaml"
    target.parent.mkdir()
    text = dump_pack(import_sample(fmt, name), target)
    reference = text.splitlines()[0].removeprefix("# yaml-language-server: $schema=")
    assert json.loads((target.parent / reference).read_text("utf-8")) == SCHEMA
    validator = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    assert [e.message for e in validator.iter_errors(_as_json(yaml.safe_load(text)))] == []


@pytest.mark.parametrize("fmt, name", SAMPLES)
def test_every_sample_imports_into_a_pack_the_game_loads_and_plays(tmp_path, fmt, name):
    result = import_sample(fmt, name)
    pack = written(result, tmp_path)
    assert [q.id for q in pack.questions] == [q["id"] for q in result.pack.get("questions", [])]
    assert generators.generate(pack, pack.default_locale, seed=0)


def test_the_starter_pack_validates_and_plays_in_both_languages(tmp_path):
    target = tmp_path / "starter.yaml"
    target.write_text(starter_pack(target), encoding="utf-8")
    assert packs.validate_pack(target) == []
    pack = packs.load_pack(target)
    for locale in ("en", "ru"):
        assert generators.generate(pack, locale, seed=0)


@pytest.mark.parametrize("bundled", BUNDLED, ids=lambda p: p.stem)
@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
@pytest.mark.parametrize("locale", ["en", "ru"])
def test_bundled_packs_exported_and_imported_give_the_same_questions(tmp_path, bundled, fmt, locale):
    source = packs.load_pack(bundled)
    questions = generators.generate(source, locale, seed=3)
    data = EXPORTERS[fmt](source, questions, locale)
    pack = written(import_bytes(fmt, data, ImportOptions(file=f"spacewalk.{fmt}", locale=locale)), tmp_path)

    def key(prompt, options, answer):
        return (prompt, tuple(sorted(options)) if fmt == "opentdb" else tuple(options), answer)

    back = [key(h.prompt.get(locale), [o.get(locale) for o in h.options], h.options[h.answer].get(locale))
            for h in pack.questions]
    assert back == [key(q.prompt, q.options, q.answer_text) for q in questions]


def test_a_pack_the_importer_wrote_is_never_refused_by_the_loader(tmp_path):
    with pytest.raises(PackError):
        import_bytes("gift", b"Q? {=a ~b", ImportOptions(file="q.gift"))
    assert not list(tmp_path.iterdir())


# Text full of what YAML treats specially: the writer must quote it so the loader reads it
# back as the same text.
_yaml_words = st.text(alphabet=st.sampled_from("aZж09 .-:#[]{}&*!|>'\"%@`,?~=\\\n\u00a0"), min_size=1, max_size=24)
_yaml_texts = _yaml_words.map(str.strip).filter(bool) | st.sampled_from(
    ["yes", "No", "true", "null", "~", "1965", "0x1F", "2017-04-06", "1e3", ".inf", "- item", "key: value", "#tag"])


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prompt=_yaml_texts, options=st.lists(_yaml_texts, min_size=2, max_size=6, unique_by=casekey),
       data=st.data())
def test_whatever_the_text_the_written_pack_loads_back_the_same(tmp_path, prompt, options, data):
    answer = data.draw(st.integers(0, len(options) - 1))
    doc = pack_document(ImportOptions(file="fuzz.csv"), description="d",
                        questions=[choice_question("q1", prompt, options, answer, source="fuzz.csv",
                                                   explanation=prompt)])
    loaded = written(ImportResult(doc), tmp_path)
    (q,) = loaded.questions
    assert (q.prompt.get("en"), [o.get("en") for o in q.options], q.answer) == (prompt, options, answer)
