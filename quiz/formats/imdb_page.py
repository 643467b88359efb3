"""The text of an IMDb title page, copied from a browser, as a draft film entry for a person
to review (the seed /work/shared/seeds/000_84ecb181e80c7749.txt is such a copy).

Read: rating and votes (8.4K -> 8400), the plot, cast with characters and "(as …)" credited
names, awards (wins, nominations), trivia, goofs, quotes (speaker, [stage direction],
line), alternate versions and connections (as trivia, to be reworded), "Also known as"
and "Original title:" titles, directors, release date, box office, runtime ("2 hours 17
minutes" -> 137) and aspect ratio. Every fact gets `source:` naming the input file.

Not guessed: a heading whose value the copy lost, a fact the pack format has no place for
(language, budget…) and any line not understood is listed — as a warning with its line
and as a comment at the top of the pack. Reviews are skipped (opinions, not facts);
paragraphs the copy repeats are read once. The title is often not in the copy: it comes
from --title, or from IMDb's "How long is <title>?" line (else the line above "Original
title:"), and the import says so.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from quiz.core.errors import Message, msg, nmsg
from quiz.core.ids import stable_id
from quiz.formats.common import ImportOptions, ImportResult, Problems, clean, pack_document, slug

# Page furniture: buttons and links that carry no fact.
_CHROME = {
    "your rating", "rate", "add to watchlist", "all cast & crew", "production, box office & more at imdbpro",
    "see more company credits at imdbpro", "see production info at imdbpro", "suggest an edit or add missing content",
    "powered by alexa", "edit", "see more", "see all", "learn more about contributing", "contribute to this page",
    "imdbpro", "back to top", "popularity", "play trailer", "watch options", "add a plot", "in your watchlist",
}
_SECTIONS = {
    "featured reviews", "user reviews", "storyline", "did you know", "details", "box office", "tech specs",
    "technical specs", "top cast", "more like this", "related news", "faq", "photos", "videos", "user lists",
    "recently viewed", "cast", "top rated movie",
}
_REVIEWS = {"featured reviews", "user reviews"}
# Headings a copy may glue to their text ("- TriviaThe real …", "- Runtime2 hours").
_GLUED = ("Alternate versions", "Crazy credits", "Connections", "How long is", "Soundtracks", "Trivia", "Goofs",
          "Quotes", "Runtime")
# Headings followed by their values on "- " lines.
_LABELS = (
    "Director", "Directors", "Writer", "Writers", "Star", "Stars", "Awards", "Release date", "Country of origin",
    "Countries of origin", "Official site", "Official sites", "Language", "Languages", "Also known as",
    "Filming locations", "Production company", "Production companies", "Budget", "Gross US & Canada",
    "Opening weekend US & Canada", "Gross worldwide", "Color", "Sound mix", "Aspect ratio", "Genre", "Genres",
    "Tagline", "Taglines", "Plot summary", "Certificate", "Parents guide", "Motion Picture Rating (MPAA)",
)
# Did-you-know items run on over the following plain lines (a quote's exchange).
_PARAGRAPH_ITEMS = {"Trivia", "Goofs", "Quotes", "Crazy credits", "Alternate versions", "Connections", "Soundtracks"}
_CURRENCIES = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "RUR": "RUB", "¥": "JPY", "₹": "INR"}
_MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"), 1)}


def _unrepeat(line: str) -> str:
    """A paragraph the copy holds two or more times over in one line, once."""
    for times in range(5, 1, -1):
        size, rest = divmod(len(line), times)
        if not rest and size > 10 and line == line[:size] * times:
            return line[:size]
    return line


def _label(body: str) -> tuple[str | None, str]:
    """The heading a "- " line starts with, and what follows it on the line."""
    low = body.lower()
    for label in _LABELS:
        if low == label.lower():
            return label, ""
    for label in _GLUED:
        if low.startswith(label.lower()):
            return label, body[len(label):].strip()
    return None, body


def _no_blanks(text: str) -> str:
    """`text` with no `[[` or `]]`: in a pack's trivia they mark a blank, which a page never
    means (a stray `]]` made the written pack fail to load; found by fuzzing)."""
    while "[[" in text or "]]" in text:
        text = text.replace("[[", "[").replace("]]", "]")
    return text


def _votes(text: str) -> int | None:
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*([KkMm]?)", text.strip())
    if not m:
        return None
    if not m.group(2):
        # A plain count is whole ("1,234"); "8.4" with no K after it is no count at all
        # (it raised ValueError, found by fuzzing).
        digits = m.group(1).replace(",", "")
        return int(digits) if digits.isdigit() else None
    scale = {"k": 1_000, "m": 1_000_000}[m.group(2).lower()]
    return round(float(m.group(1).replace(",", ".")) * scale)


def _minutes(text: str) -> int | None:
    m = re.fullmatch(r"(?:(\d+)\s*(?:hours?|hr?s?)\s*)?(?:(\d+)\s*(?:minutes?|mins?|m))?", text.strip(), re.I)
    if not m or not (m.group(1) or m.group(2)):
        return None
    return int(m.group(1) or 0) * 60 + int(m.group(2) or 0)


def _money(text: str) -> tuple[int, str] | None:
    m = re.fullmatch(r"([^\d\s]{1,3}|[A-Z]{3})\s?([\d,]+)(?:\s*\(estimated\))?", text.strip())
    if not m or m.group(1) not in _CURRENCIES and not re.fullmatch(r"[A-Z]{3}", m.group(1)):
        return None
    return int(m.group(2).replace(",", "")), _CURRENCIES.get(m.group(1), m.group(1))


def _date(text: str) -> _dt.date | None:
    m = re.match(r"([A-Za-z]+) (\d{1,2}), (\d{4})", text.strip())
    if not m or m.group(1).lower() not in _MONTHS:
        return None
    try:
        return _dt.date(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))
    except ValueError:
        return None


class _Reader:
    def __init__(self, text: str, opts: ImportOptions) -> None:
        self.source = opts.source_name
        self.problems = Problems(opts.file)
        self.film: dict[str, Any] = {}
        self.unread: list[tuple[int, str]] = []
        self.notes: list[Message] = []
        self.reviews = self.repeats = 0
        self.title_hint: tuple[int, str, str] | None = None
        self.lines = self._lines(text)

    def _lines(self, text: str) -> list[tuple[int, str]]:
        seen: set[str] = set()
        out = []
        for number, raw in enumerate(text.split("\n"), 1):
            line = _unrepeat(clean(raw))
            if not line:
                continue
            # Short lines (headings, names) legitimately repeat; paragraphs do not.
            if len(line) >= 60:
                if line in seen:
                    self.repeats += 1
                    continue
                seen.add(line)
            out.append((number, line))
        return out

    def not_read(self, line: int, what: str) -> None:
        # IMDb repeats some headings (Director, Writers) in two places; once is enough.
        if all(what != seen for _, seen in self.unread):
            self.unread.append((line, what))

    def sourced(self, value: Any) -> dict[str, Any]:
        return {"value": value, "source": self.source}

    def add(self, key: str, item: Any) -> None:
        self.film.setdefault(key, []).append(item)

    def run(self) -> None:
        lines, i, section = self.lines, 0, ""
        while i < len(lines):
            number, line = lines[i]
            low = line.lower()
            bare = low[2:].strip() if low.startswith("- ") else low
            if bare in _CHROME:
                i += 1
            elif low == "imdb rating":
                i = self._rating(i + 1)
            elif low in _SECTIONS:
                section = low
                i += 1
            elif section in _REVIEWS and not line.startswith("- "):
                self.reviews += 1
                i += 1
            elif line.startswith("- "):
                i = self._labelled(i)
            else:
                i = self._plain(i)

    def _rating(self, i: int) -> int:
        lines = self.lines
        if i < len(lines) and (m := re.fullmatch(r"(\d+(?:\.\d+)?)\s*/\s*10", lines[i][1])):
            rating: dict[str, Any] = {"value": float(m.group(1)), "scale": 10}
            i += 1
            if i < len(lines) and (votes := _votes(lines[i][1])) is not None:
                rating["votes"] = votes
                i += 1
            rating["source"] = self.source
            self.film["rating"] = rating
        return i

    def _is_value(self, line: str) -> bool:
        body = line[2:].strip()
        return line.startswith("- ") and _label(body)[0] is None and body.lower() not in _CHROME

    def _labelled(self, i: int) -> int:
        lines = self.lines
        number, line = lines[i]
        label, rest = _label(line[2:].strip())
        if label is None:
            self.not_read(number, line)
            return i + 1
        values = [(number, rest)] if rest else []
        j = i + 1
        while j < len(lines):
            low = lines[j][1].lower()
            if low in _SECTIONS or low in _CHROME:
                break
            if label in _PARAGRAPH_ITEMS:
                if lines[j][1].startswith("- "):
                    break
            elif not self._is_value(lines[j][1]):
                break
            values.append((lines[j][0], lines[j][1].removeprefix("- ").strip()))
            j += 1
        self._use(label, number, values)
        return j

    def _plain(self, i: int) -> int:
        """A line that is no heading: an actor (when a "- character" line follows), the plot,
        or something not understood."""
        lines = self.lines
        number, line = lines[i]
        if i + 1 < len(lines) and self._is_value(lines[i + 1][1]) and len(line) <= 60 and not re.search(r"[.:!?]$", line):
            member: dict[str, Any] = {"actor": line}
            j = i + 1
            character = lines[j][1][2:].strip()
            if not re.fullmatch(r"\(as .+\)", character):
                member["character"] = character
                j += 1
            if j < len(lines) and (m := re.fullmatch(r"- \(as (.+)\)", lines[j][1])):
                member["credited_as"] = m.group(1).strip()
                j += 1
            if "character" not in member:
                self.not_read(number, msg("{line}: an actor with no character", line=line))
                return j
            member["order"] = len(self.film.get("cast", [])) + 1
            member["source"] = self.source
            self.add("cast", member)
            return j
        original = re.fullmatch(r"Original title:\s*(.+)", line)
        if original:
            self.add("alt_titles", {"title": original.group(1).strip(), "note": "original title",
                                    "source": self.source})
            # The page shows the title just above "Original title:"; used only when the
            # copy has no "How long is …?" line.
            above = lines[i - 1][1] if i else ""
            if above and not self.title_hint and len(above) <= 80 and not above.startswith("- "):
                self.title_hint = (lines[i - 1][0], above, msg('the line above "{line}"', line=line))
                self.unread = [u for u in self.unread if u != (lines[i - 1][0], above)]
            return i + 1
        if "plot" not in self.film and len(line) >= 40 and line.endswith((".", "!", "?", "…")):
            self.film["plot"] = line
        else:
            self.not_read(number, line)
        return i + 1

    def _use(self, label: str, number: int, values: list[tuple[int, str]]) -> None:
        texts = [v for _, v in values]
        joined = " ".join(texts)
        if label == "How long is":
            m = re.match(r"(.+?)\?", joined)
            if m:
                self.title_hint = (number, m.group(1).strip(), f"\"How long is {m.group(1).strip()}?\"")
            return
        if not texts:
            self.not_read(number, msg("{label}: the copy has the heading but not its value", label=label))
            return
        handled = True
        if label in ("Director", "Directors"):
            for name in texts:
                self.add("directors", {"name": name, "source": self.source})
        elif label == "Awards":
            wins = re.search(r"(\d+)\s+wins?\b", joined, re.I)
            noms = re.search(r"(\d+)\s+nominations?\b", joined, re.I)
            if wins or noms:
                awards: dict[str, Any] = {}
                if wins:
                    awards["wins"] = int(wins.group(1))
                if noms:
                    awards["nominations"] = int(noms.group(1))
                awards["source"] = self.source
                self.film["awards"] = awards
            handled = bool(wins or noms)
        elif label == "Also known as":
            for title in texts:
                self.add("alt_titles", {"title": title, "note": "also known as", "source": self.source})
        elif label in ("Gross worldwide", "Gross US & Canada"):
            money = _money(texts[0])
            if money:
                region = "worldwide" if label == "Gross worldwide" else "US & Canada"
                self.add("box_office", {"amount": money[0], "currency": money[1], "region": region,
                                        "source": self.source})
            handled = money is not None
        elif label == "Runtime":
            minutes = _minutes(texts[0])
            if minutes:
                self.film["runtime"] = self.sourced(minutes)
            handled = bool(minutes)
        elif label == "Aspect ratio":
            self.film["aspect_ratio"] = self.sourced(texts[0])
        elif label == "Release date":
            day = _date(texts[0])
            if day:
                self.film["release_date"] = self.sourced(day)
            handled = day is not None
        elif label in ("Trivia", "Goofs"):
            self.add(label.lower(), {"text": _no_blanks(joined), "source": self.source})
        elif label in ("Alternate versions", "Connections"):
            self.add("trivia", {"text": _no_blanks(joined), "source": self.source})
            self.notes.append(msg('Trivia "{text}…" is IMDb\'s "{label}" (line {line}): reword it as a sentence.',
                                  text=joined[:50], label=label, line=str(number)))
        elif label == "Quotes":
            handled = self._quote(number, values)
        else:
            self.not_read(number, msg("{label}: {text} (the pack format has no place for this)",
                                       label=label, text="; ".join(texts)))
            return
        if not handled:
            self.not_read(number, msg("{label}: {text} (not understood)", label=label, text=joined))

    def _quote(self, number: int, values: list[tuple[int, str]]) -> bool:
        lines = []
        for line_no, text in values:
            m = re.fullmatch(r"(?:([^:\[\]]{1,60}):\s*)?(?:\[([^\]]+)\]\s*)?(.*)", text)
            if not m or not m.group(3).strip():
                self.not_read(line_no, msg("quote line {text} has no words to quote", text=repr(text)))
                continue
            line: dict[str, Any] = {}
            if m.group(1):
                line["character"] = m.group(1).strip()
            if m.group(2):
                line["direction"] = m.group(2).strip()
            line["text"] = m.group(3).strip()
            lines.append(line)
        if lines:
            self.add("quotes", {"lines": lines, "source": self.source})
        return bool(lines)


def read(text: str, opts: ImportOptions) -> ImportResult:
    reader = _Reader(text, opts)
    reader.run()
    problems = reader.problems
    film = reader.film
    title = (opts.title or "").strip()
    if not title and reader.title_hint:
        line, title, said = reader.title_hint
        problems.warn(line, 1, msg('no --title given: the film\'s title "{title}" was taken from {said}',
                                  title=title, said=said),
                      msg("Check it, or give the title with --title"))
        reader.notes.insert(0, msg('The title "{title}" was taken from {said} on line {line}: check it.',
                                   title=title, said=said, line=str(line)))
    if not title:
        raise problems.fail(1, 1, msg("the film's title is not in this copy of the page"),
                            msg('Give it with --title, e.g. --title "Spacewalk"'))
    facts = [k for k in film if k not in ("plot",)]
    if not facts and "plot" not in film:
        raise problems.fail(1, 1, msg("found nothing from an IMDb title page in this file"),
                            msg("Copy the whole page (Ctrl+A, Ctrl+C) and paste it into a text file"))
    for line, what in reader.unread:
        problems.warn(line, 1, msg("not read: {what}", what=what), msg("Fill it in by hand if you want it"))
    # The notes are the pack's opening comments, said in the import's --locale when written.
    notes = [
        msg("Draft film entry made by `film-quiz import imdb-page` from {source}.", source=reader.source),
        msg("A person must check every fact against the page before the pack is used."),
        *reader.notes,
    ]
    if "cast" in film:
        notes.append(msg("Cast `order` is the order in the copy, which may not be the billing order."))
    reviews = reader.reviews and nmsg("{n} review paragraph (opinions, not facts)",
                                      "{n} review paragraphs (opinions, not facts)", reader.reviews)
    repeats = reader.repeats and nmsg("{n} repeated paragraph", "{n} repeated paragraphs", reader.repeats)
    if reviews and repeats:
        notes.append(msg("Skipped: {reviews}; {repeats}.", reviews=reviews, repeats=repeats))
    elif reviews or repeats:
        notes.append(msg("Skipped: {what}.", what=reviews or repeats))
    if reader.unread:
        notes.append(msg("Not read (fill in by hand if you want it):"))
        notes.extend(msg("  line {line}: {what}", line=str(line), what=what) for line, what in reader.unread)
    entry = {"id": slug(title) or "film-" + stable_id("film", title, length=8), "source": reader.source,
             "title": title, **film}
    doc = pack_document(opts, title=title, films=[entry],
                        description=f"Draft film entry for {title}, imported from {reader.source}; to be reviewed.")
    return ImportResult(doc, problems.warnings, notes)
