"""Load and validate the YAML knowledge files into a ``KnowledgeBase``.

Editors write these files by hand, so every problem is reported with the file, the line, the entry
id and the field, and all problems are reported at once. A knowledge base with any problem is never
returned: a bad edit cannot replace a good knowledge base.

The files are parsed with PyYAML's safe loader (``yaml.compose`` with ``CSafeLoader``): no tags, no
Python objects. We walk the composed node tree ourselves rather than calling ``safe_load`` so that
each value keeps its line number and duplicate keys are caught.

Official texts are compared with the record made when they were imported (``official.py``): a word
changed in a quotation is an error naming the words, while titles, questions and keywords stay
free. ``knowledge/schema.json`` describes the same format for editors' tools; the checks it cannot
make (references across files, duplicate ids and keys, official texts) are made only here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bot.knowledge.model import (
    FALLBACK_LANGUAGE,
    LANGUAGES,
    TITLE_MAX_LENGTH,
    Addressee,
    Entry,
    KnowledgeBase,
    LocalizedEntry,
    Origin,
    Source,
    Synonym,
    Topic,
)
from bot.knowledge.official import RECORD_FILE, Quoted, Record, RecordError, load_record

# libyaml's safe loader when PyYAML was built with it (it is in the PyPI wheels): same rules,
# several times faster; the pure-Python one otherwise.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# At most 39 characters: buttons carry an id with a 19-digit question id in 64 bytes.
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,38}$")
TOP_LEVEL_FIELDS = {"sources", "topic", "topics", "entries", "synonyms", "asked"}
SOURCE_FIELDS = {"id", "publisher", "year", "url", "url_verified", "title", "title_origin"}
SOURCE_FIELDS |= {"addressees"}
TOPIC_FIELDS = {"id", "source", "order", "addressed_to", "name", "name_origin"}
ENTRY_FIELDS = {"id", "source", "topic", "paragraph", "related", "languages"}
LANGUAGE_FIELDS = {"title", "text", "origin", "questions", "keywords"}
SYNONYM_FIELDS = {"said", "means"}
# A group's ``means`` are the words a question is searched with instead: a few, or the concept
# outweighs the rest of the question.
MAX_MEANS = 3


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a knowledge file, located precisely enough for an editor to fix it."""

    file: str
    line: int
    entry: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.entry or '-'}: {self.field or '-'}: {self.message}"


class KnowledgeError(Exception):
    """The knowledge files have problems; ``problems`` lists them all."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


class _Located:
    """A parsed YAML value with the line it starts on (1-based)."""

    __slots__ = ("line", "value")

    def __init__(self, value: Any, line: int) -> None:
        self.value = value
        self.line = line


class _Reader:
    """Turns one file into located values and collects its problems."""

    def __init__(self, path: Path, display: str, problems: list[Problem]) -> None:
        self.path = path
        self.display = display
        self.problems = problems
        self._constructor = SafeConstructor()

    def problem(self, line: int, entry: str, field: str, message: str) -> None:
        self.problems.append(Problem(self.display, line, entry, field, message))

    def read(self) -> _Located | None:
        raw = self.path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            self.problem(line, "", "", f"not UTF-8 (byte 0x{raw[error.start]:02x})")
            return None
        try:
            node = yaml.compose(text, Loader=_SAFE_LOADER)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = mark.line + 1 if mark is not None else 1
            reason = getattr(error, "problem", None) or str(error)
            self.problem(line, "", "", f"invalid YAML: {reason}")
            return None
        if node is None:
            return _Located({}, 1)
        return self._convert(node)

    def _convert(self, node: Node) -> _Located:
        line = node.start_mark.line + 1
        if isinstance(node, MappingNode):
            mapping: dict[str, _Located] = {}
            for key_node, value_node in node.value:
                key = self._constructor.construct_object(key_node)
                key_line = key_node.start_mark.line + 1
                if not isinstance(key, str):
                    key = str(key)
                if key in mapping:
                    self.problem(key_line, "", key, "duplicate key")
                mapping[key] = self._convert(value_node)
            return _Located(mapping, line)
        if isinstance(node, SequenceNode):
            return _Located([self._convert(item) for item in node.value], line)
        if isinstance(node, ScalarNode):
            return _Located(self._constructor.construct_object(node), line)
        raise TypeError(f"unexpected YAML node {node!r}")


@dataclass
class _Draft:
    """Everything read from all files, before cross-file checks."""

    sources: dict[str, tuple[Source, str, int]]
    topics: dict[str, tuple[Topic, str, int]]
    entries: dict[str, tuple[Entry, str, int]]
    # Ids of records that had problems of their own: they still exist for reference checks, so
    # one mistake is reported once rather than at every reference to it.
    flawed: set[str]
    # (file, line, entry id, related id) for every ``related`` item read, flawed entries included.
    references: list[tuple[str, int, str, str]]
    # Every text of a source that may be a quotation, where it was read, flawed records included.
    quoted: list[_QuotedAt] = field(default_factory=list)
    # Per language, the synonym groups, and where each ``said`` phrase was first read.
    synonyms: dict[str, list[Synonym]] = field(default_factory=dict)
    said: dict[tuple[str, str], tuple[str, int]] = field(default_factory=dict)
    # Asked questions: entry id -> language -> questions; (file, line, language, entry id) of
    # every entry they are listed under.
    asked: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    asked_references: list[tuple[str, int, str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class _QuotedAt:
    """A text that may be a quotation, with where to report a problem with its text or origin."""

    file: str
    entry: str
    text_line: int
    text_field: str
    origin_line: int
    origin_field: str
    quoted: Quoted


def iter_knowledge_files(directory: Path) -> Iterator[Path]:
    """The YAML files of a knowledge directory, in a stable order."""
    for path in sorted(directory.rglob("*")):
        if path.is_file() and path.suffix in (".yaml", ".yml"):
            yield path


def load_knowledge(
    directory: Path, *, record: Record | None = None, check_official: bool = True
) -> KnowledgeBase:
    """Load every YAML file under ``directory``; raise ``KnowledgeError`` listing all problems.

    Official texts are compared with ``record``, by default the shipped one; ``check_official``
    is turned off only by the tool that records them, after comparing them with their seed.
    """
    if not directory.is_dir():
        raise KnowledgeError([Problem(str(directory), 0, "", "", "no such directory")])
    problems: list[Problem] = []
    draft = _Draft({}, {}, {}, set(), [])
    files = list(iter_knowledge_files(directory))
    if not files:
        problems.append(Problem(str(directory), 0, "", "", "no .yaml files"))
    for path in files:
        display = str(path.relative_to(directory.parent)) if directory.parent else str(path)
        reader = _Reader(path, display, problems)
        root = reader.read()
        if root is not None:
            _read_file(reader, root, draft)
    _check_references(draft, problems)
    if check_official:
        _check_official(draft, record, problems)
    if problems:
        raise KnowledgeError(problems)
    return KnowledgeBase(
        sources={key: value[0] for key, value in draft.sources.items()},
        topics={key: value[0] for key, value in draft.topics.items()},
        entries={key: value[0] for key, value in draft.entries.items()},
        synonyms={language: tuple(groups) for language, groups in draft.synonyms.items()},
        asked={
            entry_id: {language: tuple(questions) for language, questions in languages.items()}
            for entry_id, languages in draft.asked.items()
        },
    )


def _read_file(reader: _Reader, root: _Located, draft: _Draft) -> None:
    if not isinstance(root.value, dict):
        reader.problem(root.line, "", "", "a knowledge file must be a mapping")
        return
    for key, value in root.value.items():
        if key not in TOP_LEVEL_FIELDS:
            reader.problem(
                value.line, "", key, f"unknown field (expected {_names(TOP_LEVEL_FIELDS)})"
            )
    for located in _items(reader, root.value.get("sources"), "sources"):
        _read_source(reader, located, draft)
    topics = list(_items(reader, root.value.get("topics"), "topics"))
    if "topic" in root.value:
        topics.append(root.value["topic"])
    for located in topics:
        _read_topic(reader, located, draft)
    for located in _items(reader, root.value.get("entries"), "entries"):
        _read_entry(reader, located, draft)
    if "synonyms" in root.value:
        _read_synonyms(reader, root.value["synonyms"], draft)
    if "asked" in root.value:
        _read_asked(reader, root.value["asked"], draft)


def _read_synonyms(reader: _Reader, located: _Located, draft: _Draft) -> None:
    """``synonyms``: per language, a list of groups ``{said: [...], means: [...]}``."""
    if not isinstance(located.value, dict):
        reader.problem(located.line, "", "synonyms", "must be a mapping of languages")
        return
    for language, groups in located.value.items():
        if language not in LANGUAGES:
            reader.problem(
                groups.line,
                "",
                f"synonyms.{language}",
                f"unknown language (expected {_names(LANGUAGES)})",
            )
            continue
        for group in _items(reader, groups, f"synonyms.{language}"):
            synonym = _read_synonym(reader, group, language, draft)
            if synonym is not None:
                draft.synonyms.setdefault(language, []).append(synonym)


def _read_synonym(
    reader: _Reader, located: _Located, language: str, draft: _Draft
) -> Synonym | None:
    fields = _Fields(reader, located, SYNONYM_FIELDS, f"synonyms.{language}")
    if not fields.ok:
        return None
    fields.label = f"synonyms.{language}."
    found = {}
    for name in ("said", "means"):
        values = fields.get(name, list)
        texts = fields.text_list(values or [], fields.label + name)
        if values is not None and not values:
            fields.fail(fields.line_of(name), fields.label + name, "is empty")
        found[name] = texts
    if len(found["means"]) > MAX_MEANS:
        fields.fail(
            fields.line_of("means"),
            fields.label + "means",
            f"at most {MAX_MEANS} words or phrases, not {len(found['means'])}",
        )
    line = fields.line_of("said")
    for phrase in found["said"]:
        key = (language, phrase.casefold())
        if key in draft.said:
            where, first = draft.said[key]
            fields.fail(
                line, fields.label + "said", f"{phrase!r} is already in a group ({where}:{first})"
            )
        else:
            draft.said[key] = (reader.display, line)
        if phrase.casefold() in (means.casefold() for means in found["means"]):
            fields.fail(line, fields.label + "said", f"{phrase!r} is also one of its means")
    if not fields.ok:
        return None
    return Synonym(found["said"], found["means"])


def _read_asked(reader: _Reader, located: _Located, draft: _Draft) -> None:
    """``asked``: per language, per entry id, the questions that entry answers.

    A question that several entries answer is listed under each of them."""
    if not isinstance(located.value, dict):
        reader.problem(located.line, "", "asked", "must be a mapping of languages")
        return
    for language, by_entry in located.value.items():
        field = f"asked.{language}"
        if language not in LANGUAGES:
            reader.problem(
                by_entry.line, "", field, f"unknown language (expected {_names(LANGUAGES)})"
            )
            continue
        if not isinstance(by_entry.value, dict):
            reader.problem(by_entry.line, "", field, "must be a mapping of entry ids")
            continue
        for entry_id, questions in by_entry.value.items():
            _read_asked_questions(reader, questions, language, str(entry_id), draft)


def _read_asked_questions(
    reader: _Reader, located: _Located, language: str, entry_id: str, draft: _Draft
) -> None:
    field = f"asked.{language}"
    draft.asked_references.append((reader.display, located.line, language, entry_id))
    if isinstance(located.value, list) and not located.value:
        reader.problem(located.line, entry_id, field, "is empty")
    found = draft.asked.setdefault(entry_id, {}).setdefault(language, [])
    seen = {question.casefold() for question in found}
    for item in _items(reader, located, field):
        if not isinstance(item.value, str) or not item.value.strip():
            reader.problem(
                item.line,
                entry_id,
                field,
                f"items must be non-empty text, not {_kind_of(item.value)}",
            )
            continue
        question = item.value.strip()
        if question.casefold() in seen:
            reader.problem(item.line, entry_id, field, f"{question!r} is listed twice")
            continue
        seen.add(question.casefold())
        found.append(question)


def _items(reader: _Reader, located: _Located | None, field: str) -> Iterator[_Located]:
    if located is None:
        return
    if not isinstance(located.value, list):
        reader.problem(located.line, "", field, "must be a list")
        return
    yield from located.value


class _Fields:
    """Typed access to one mapping's fields, reporting each problem against its entry."""

    def __init__(self, reader: _Reader, located: _Located, allowed: set[str], what: str) -> None:
        self.reader = reader
        self.line = located.line
        self.values: dict[str, _Located] = {}
        self.entry = ""
        self.label = ""  # put before field names in problems: "languages.en." for a language
        self.ok = True
        if not isinstance(located.value, dict):
            reader.problem(located.line, "", what, "must be a mapping")
            self.ok = False
            return
        self.values = located.value
        id_value = self.values.get("id")
        if id_value is not None and isinstance(id_value.value, str):
            self.entry = id_value.value
        for key, value in self.values.items():
            if key not in allowed:
                self.fail(value.line, key, f"unknown field (expected {_names(allowed)})")

    def fail(self, line: int, field: str, message: str) -> None:
        self.reader.problem(line, self.entry, field, message)
        self.ok = False

    def line_of(self, field: str) -> int:
        located = self.values.get(field)
        return located.line if located is not None else self.line

    def get(self, field: str, kind: type, required: bool = True) -> Any:
        located = self.values.get(field)
        name = self.label + field
        if located is None:
            if required:
                self.fail(self.line, name, "missing")
            return None
        value = located.value
        if kind is int and isinstance(value, bool):
            value = None
        if not isinstance(value, kind):
            self.fail(located.line, name, f"must be {_kind_name(kind)}, not {_kind_of(value)}")
            return None
        if isinstance(value, str) and not value.strip():
            self.fail(located.line, name, "is empty")
            return None
        return value

    def identifier(self) -> str | None:
        value = self.get("id", str)
        if value is not None and not ID_PATTERN.match(value):
            self.fail(
                self.line_of("id"), "id", "must be 1 to 39 lowercase letters, digits and hyphens"
            )
            return None
        return value  # type: ignore[no-any-return]

    def text_list(self, located_list: list[_Located], field: str) -> tuple[str, ...]:
        texts = []
        for item in located_list:
            if not isinstance(item.value, str) or not item.value.strip():
                self.fail(
                    item.line, field, f"items must be non-empty text, not {_kind_of(item.value)}"
                )
            else:
                texts.append(item.value.strip())
        return tuple(texts)

    def per_language(self, field: str, required: bool = True) -> dict[str, str]:
        mapping = self.get(field, dict, required)
        if mapping is None:
            return {}
        result = {}
        for language, located in mapping.items():
            if language not in LANGUAGES:
                self.fail(located.line, f"{field}.{language}", f"unknown language {language!r}")
            elif not isinstance(located.value, str) or not located.value.strip():
                self.fail(located.line, f"{field}.{language}", "must be non-empty text")
            else:
                result[language] = located.value.strip()
        if required and FALLBACK_LANGUAGE not in mapping:
            self.fail(self.line_of(field), field, f"missing language {FALLBACK_LANGUAGE!r}")
        return result

    def origins(self, field: str, languages: dict[str, str]) -> dict[str, Origin]:
        """Origins per language; a language not listed is official."""
        listed = self.get(field, dict, required=False) or {}
        origins = {language: Origin.OFFICIAL for language in languages}
        for language, located in listed.items():
            origin = _origin(located.value)
            if origin is None:
                self.fail(located.line, f"{field}.{language}", f"must be one of {_names(Origin)}")
            elif language not in languages:
                self.fail(located.line, f"{field}.{language}", "no text in this language")
            else:
                origins[language] = origin
        return origins


def _origin(value: Any) -> Origin | None:
    try:
        return Origin(value)
    except ValueError:
        return None


def _add_unique(
    table: dict[str, tuple[Any, str, int]], key: str, value: Any, fields: _Fields, kind: str
) -> None:
    """Add a record unless its id is taken, in this file or another; say where it is taken."""
    if key in table:
        _, other_file, other_line = table[key]
        fields.fail(fields.line, "id", f"duplicate {kind} id (also at {other_file}:{other_line})")
        return
    table[key] = (value, fields.reader.display, fields.line)


def _read_source(reader: _Reader, located: _Located, draft: _Draft) -> None:
    fields = _Fields(reader, located, SOURCE_FIELDS, "source")
    if not fields.ok:
        return
    source_id = fields.identifier()
    publisher = fields.get("publisher", str)
    year = fields.get("year", int)
    url = fields.get("url", str, required=False)
    fields.get("url_verified", str, required=url is not None)
    if url is not None and not url.startswith("https://"):
        fields.fail(fields.line_of("url"), "url", "must start with https://")
    titles = fields.per_language("title")
    origins = fields.origins("title_origin", titles)
    addressees: dict[str, dict[str, str]] = {}
    for key, value in (fields.get("addressees", dict, required=False) or {}).items():
        if _addressee(key) is None:
            fields.fail(value.line, f"addressees.{key}", f"must be one of {_names(Addressee)}")
            continue
        sub = _Fields(reader, value, set(LANGUAGES), f"addressees.{key}")
        sub.entry = fields.entry
        sub.label = f"addressees.{key}."
        sentences = {language: sub.get(language, str) for language in sub.values}
        if not sub.ok:
            fields.ok = False
            continue
        addressees[key] = {language: text.strip() for language, text in sentences.items()}
        for language, text in addressees[key].items():
            line = sub.line_of(language)
            where = f"addressees.{key}.{language}"
            quoted = Quoted("addressees", source_id or "", key, language, text, True)
            draft.quoted.append(_QuotedAt(reader.display, fields.entry, line, where, 0, "", quoted))
    if not fields.ok or source_id is None:
        draft.flawed.add(source_id or "")
        return
    source = Source(source_id, publisher, year, url, titles, origins, addressees)
    _add_unique(draft.sources, source_id, source, fields, "source")


def _addressee(value: str) -> Addressee | None:
    try:
        return Addressee(value)
    except ValueError:
        return None


def _read_topic(reader: _Reader, located: _Located, draft: _Draft) -> None:
    fields = _Fields(reader, located, TOPIC_FIELDS, "topic")
    if not fields.ok:
        return
    topic_id = fields.identifier()
    source = fields.get("source", str, required=False)
    order = fields.get("order", int)
    addressed_to = fields.get("addressed_to", str)
    addressee = _addressee(addressed_to) if addressed_to else None
    if addressed_to and addressee is None:
        fields.fail(
            fields.line_of("addressed_to"), "addressed_to", f"must be one of {_names(Addressee)}"
        )
    names = fields.per_language("name")
    origins = fields.origins("name_origin", names)
    for language, name in names.items() if source is not None else ():
        official = origins[language] is Origin.OFFICIAL
        quoted = Quoted("topics", source, topic_id or "", language, name, official)
        origin_line = _line_in(fields, "name_origin", language) or fields.line_of("name")
        draft.quoted.append(
            _QuotedAt(
                reader.display,
                fields.entry,
                _line_in(fields, "name", language) or fields.line,
                f"name.{language}",
                origin_line,
                f"name_origin.{language}",
                quoted,
            )
        )
    if "source" not in fields.values and any(o is not Origin.PROJECT for o in origins.values()):
        # Only the project's own grouping may span sources; a document's section names its source.
        message = "missing (only a topic named by the project, name_origin project in every"
        fields.fail(fields.line, "source", message + " language, may have no source)")
    if not fields.ok or topic_id is None or addressee is None:
        draft.flawed.add(topic_id or "")
        return
    topic = Topic(topic_id, source, order, addressee, names, origins)
    _add_unique(draft.topics, topic_id, topic, fields, "topic")


def _read_entry(reader: _Reader, located: _Located, draft: _Draft) -> None:
    fields = _Fields(reader, located, ENTRY_FIELDS, "entry")
    if not fields.ok:
        return
    entry_id = fields.identifier()
    source = fields.get("source", str)
    topic = fields.get("topic", str)
    paragraph = fields.get("paragraph", int, required=False)
    related_list = fields.get("related", list, required=False) or []
    related = fields.text_list(related_list, "related")
    for item in related_list:
        if isinstance(item.value, str):
            draft.references.append((reader.display, item.line, fields.entry, item.value))
    languages = fields.get("languages", dict)
    localized: dict[str, LocalizedEntry] = {}
    if languages is not None and not languages:
        fields.fail(fields.line_of("languages"), "languages", "missing language: none given")
    for language, block in (languages or {}).items():
        if language not in LANGUAGES:
            fields.fail(
                block.line,
                f"languages.{language}",
                f"unknown language (expected {_names(LANGUAGES)})",
            )
            continue
        local = _read_language(fields, block, language)
        _quote_language(fields, block, language, source, draft)
        if local is not None:
            localized[language] = local
    if not fields.ok or entry_id is None:
        draft.flawed.add(entry_id or "")
        return
    entry = Entry(entry_id, source, topic, paragraph, related, localized)
    _add_unique(draft.entries, entry_id, entry, fields, "entry")


def _read_language(parent: _Fields, block: _Located, language: str) -> LocalizedEntry | None:
    fields = _Fields(parent.reader, block, LANGUAGE_FIELDS, f"languages.{language}")
    fields.entry = parent.entry
    if not fields.ok:
        parent.ok = False
        return None
    fields.label = f"languages.{language}."
    title, text = fields.get("title", str), fields.get("text", str)
    if title is not None and len(title.strip()) > TITLE_MAX_LENGTH:
        length = len(title.strip())
        message = f"is {length} characters, over {TITLE_MAX_LENGTH}"
        fields.fail(fields.line_of("title"), fields.label + "title", message)
    origin_text = fields.get("origin", str)
    origin = _origin(origin_text) if origin_text is not None else None
    if origin_text is not None and origin is None:
        message = f"must be one of {_names(Origin)}"
        fields.fail(fields.line_of("origin"), fields.label + "origin", message)
    if origin is Origin.PROJECT and "paragraph" in parent.values:
        # A paragraph is quoted (official) or translated, never written by the project.
        message = "project: a text the project wrote cannot stand for a paragraph of the source"
        fields.fail(fields.line_of("origin"), fields.label + "origin", message)
    lists = {}
    for name in ("questions", "keywords"):
        items = fields.get(name, list, required=False)
        lists[name] = fields.text_list(items, fields.label + name) if items is not None else ()
    if not fields.ok or origin is None:
        parent.ok = False
        return None
    return LocalizedEntry(
        title.strip(), text.strip(), origin, lists["questions"], lists["keywords"]
    )


def _quote_language(
    parent: _Fields, block: _Located, language: str, source: str | None, draft: _Draft
) -> None:
    """Keep an entry's text in one language for the official check, if text and origin are sound."""
    if source is None or not isinstance(block.value, dict):
        return
    text, origin = block.value.get("text"), block.value.get("origin")
    if text is None or origin is None or not isinstance(text.value, str) or not text.value.strip():
        return
    kind = _origin(origin.value)
    if kind is None:
        return
    label = f"languages.{language}."
    quoted = Quoted("entries", source, parent.entry, language, text.value, kind is Origin.OFFICIAL)
    draft.quoted.append(
        _QuotedAt(
            parent.reader.display,
            parent.entry,
            text.line,
            label + "text",
            origin.line,
            label + "origin",
            quoted,
        )
    )


def _line_in(fields: _Fields, field: str, key: str) -> int:
    """The line of ``key`` inside the mapping ``field``, or 0."""
    located = fields.values.get(field)
    if located is None or not isinstance(located.value, dict) or key not in located.value:
        return 0
    line: int = located.value[key].line
    return line


def _check_official(draft: _Draft, record: Record | None, problems: list[Problem]) -> None:
    """Each official text equals its recorded one; see ``bot.knowledge.official``."""
    if record is None:
        try:
            record = load_record()
        except RecordError as error:
            display = str(RECORD_FILE.relative_to(RECORD_FILE.parents[2]))
            problems.append(Problem(display, 0, "", "", str(error)))
            return
    for at in draft.quoted:
        found = record.problem(at.quoted)
        if found is None:
            continue
        what, message = found
        if what == "origin":
            problems.append(Problem(at.file, at.origin_line, at.entry, at.origin_field, message))
        else:
            problems.append(Problem(at.file, at.text_line, at.entry, at.text_field, message))


def _check_references(draft: _Draft, problems: list[Problem]) -> None:
    sources = set(draft.sources) | draft.flawed
    topics = set(draft.topics) | draft.flawed
    entries = set(draft.entries) | draft.flawed
    for topic, file, line in draft.topics.values():
        if topic.source is not None and topic.source not in sources:
            problems.append(
                Problem(file, line, topic.id, "source", f"unknown source {topic.source!r}")
            )
    for entry, file, line in draft.entries.values():
        if entry.source not in sources:
            problems.append(
                Problem(file, line, entry.id, "source", f"unknown source {entry.source!r}")
            )
        if entry.topic not in topics:
            problems.append(
                Problem(file, line, entry.id, "topic", f"unknown topic {entry.topic!r}")
            )
    for file, line, language, entry_id in draft.asked_references:
        if entry_id not in entries:
            problems.append(
                Problem(file, line, entry_id, f"asked.{language}", f"unknown entry {entry_id!r}")
            )
    for file, line, entry_id, related in draft.references:
        if related not in entries:
            problems.append(Problem(file, line, entry_id, "related", f"unknown entry {related!r}"))
        elif related == entry_id:
            problems.append(
                Problem(file, line, entry_id, "related", "an entry cannot relate to itself")
            )


def _names(values: Any) -> str:
    return ", ".join(str(getattr(value, "value", value)) for value in sorted(values, key=str))


def _kind_name(kind: type) -> str:
    return {str: "text", int: "a whole number", list: "a list", dict: "a mapping"}.get(
        kind, kind.__name__
    )


def _kind_of(value: Any) -> str:
    if value is None:
        return "empty"
    return _kind_name(type(value))
