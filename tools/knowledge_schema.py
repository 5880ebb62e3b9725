"""Write ``knowledge/schema.json``: the knowledge files' format as a JSON Schema (draft 2020-12).

Usage: ``python -m tools.knowledge_schema [--check]``

The schema lets an editor's tools (the YAML language server, through the first line of every
knowledge file) flag a mistake while typing. It is built here from the loader's own constants
(languages, origins, addressees, id pattern, title length, field names), and
``tests/knowledge/test_schema.py`` runs the loader and the schema over the shipped files and over
each kind of bad file, so the two cannot drift apart. ``python -m bot validate`` stays the
judge: what the schema cannot express is listed in ``LOADER_ONLY``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from bot.knowledge.loader import (
    ENTRY_FIELDS,
    ID_PATTERN,
    LANGUAGE_FIELDS,
    MAX_MEANS,
    SOURCE_FIELDS,
    SYNONYM_FIELDS,
    TOP_LEVEL_FIELDS,
    TOPIC_FIELDS,
)
from bot.knowledge.model import (
    FALLBACK_LANGUAGE,
    LANGUAGES,
    TITLE_MAX_LENGTH,
    Addressee,
    Origin,
)

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "knowledge" / "schema.json"

# What only `python -m bot validate` checks: it needs more than one file, the YAML text itself,
# or the record of official texts.
LOADER_ONLY = (
    "YAML syntax, UTF-8, duplicate keys and tags (before any schema sees the data)",
    "ids unique across all files (sources, topics, entries)",
    "references: an entry's source, topic and related entries exist; a topic's source exists",
    "an entry does not relate to itself",
    "official texts equal their recorded wording (bot/knowledge/official_texts.json)",
    "a title's length after leading and trailing spaces are dropped",
    "a synonym phrase is said in one group only, and is not one of its group's means",
    "an asked question is listed once under an entry (case aside), and the entry exists",
)


def _text(description: str) -> dict[str, Any]:
    return {"type": "string", "pattern": r"\S", "description": description}


def _texts(description: str) -> dict[str, Any]:
    return {"type": "array", "items": _text("non-empty text"), "description": description}


def _per_language(description: str) -> dict[str, Any]:
    return {
        "type": "object",
        "description": description,
        "propertyNames": {"enum": list(LANGUAGES)},
        "additionalProperties": _text("the text in this language"),
        "required": [FALLBACK_LANGUAGE],
    }


def _origins(description: str) -> dict[str, Any]:
    return {
        "type": "object",
        "description": description + "; a language not listed is official",
        "propertyNames": {"enum": list(LANGUAGES)},
        "additionalProperties": {"enum": [origin.value for origin in Origin]},
    }


def _origin_needs_text(origins: str, texts: str) -> list[dict[str, Any]]:
    """An origin given for a language that has no text is refused (one rule per language)."""
    return [
        {
            "if": {"required": [origins], "properties": {origins: {"required": [language]}}},
            "then": {"required": [texts], "properties": {texts: {"required": [language]}}},
        }
        for language in LANGUAGES
    ]


def _fields(allowed: set[str], properties: dict[str, Any]) -> dict[str, Any]:
    """Check that the schema names exactly the loader's fields, so neither gains one alone."""
    if set(properties) != allowed:
        raise ValueError(f"schema fields {sorted(properties)} differ from loader {sorted(allowed)}")
    return properties


def build_schema() -> dict[str, Any]:
    project = Origin.PROJECT.value
    identifier = {
        "type": "string",
        "pattern": ID_PATTERN.pattern,
        "description": "lowercase letters, digits and hyphens; stable: other records refer to it",
    }
    source = {
        "type": "object",
        "description": "a document the knowledge comes from",
        "additionalProperties": False,
        "required": ["id", "publisher", "year", "title"],
        "properties": _fields(
            SOURCE_FIELDS,
            {
                "id": identifier,
                "publisher": _text("who publishes the document"),
                "year": {"type": "integer"},
                "url": {"type": "string", "pattern": "^https://", "description": "https only"},
                "url_verified": _text("how the url was checked (required with url)"),
                "title": _per_language("the document's title"),
                "title_origin": _origins("who wrote each title"),
                "addressees": {
                    "type": "object",
                    "description": "the sentence saying whom a group of paragraphs addresses",
                    "propertyNames": {"enum": [a.value for a in Addressee]},
                    "additionalProperties": {
                        "type": "object",
                        "propertyNames": {"enum": list(LANGUAGES)},
                        "additionalProperties": _text("the official sentence"),
                    },
                },
            },
        ),
        "dependentRequired": {"url": ["url_verified"]},
        "allOf": _origin_needs_text("title_origin", "title"),
    }
    # A topic with no source is the project's own grouping: every name must be the project's.
    project_names = [
        {
            "if": {"required": ["name"], "properties": {"name": {"required": [language]}}},
            "then": {
                "properties": {
                    "name_origin": {
                        "required": [language],
                        "properties": {language: {"const": project}},
                    }
                }
            },
        }
        for language in LANGUAGES
    ]
    topic = {
        "type": "object",
        "description": "a section of a source (its heading), or the project's own grouping",
        "additionalProperties": False,
        "required": ["id", "order", "addressed_to", "name"],
        "properties": _fields(
            TOPIC_FIELDS,
            {
                "id": identifier,
                "source": _text("the source id; only a topic named by the project may have none"),
                "order": {"type": "integer", "description": "place in the source's order"},
                "addressed_to": {"enum": [a.value for a in Addressee]},
                "name": _per_language("the heading, in each language"),
                "name_origin": _origins("who wrote each name"),
            },
        ),
        "allOf": [
            *_origin_needs_text("name_origin", "name"),
            {
                "if": {"not": {"required": ["source"]}},
                "then": {"required": ["name_origin"], "allOf": project_names},
            },
        ],
    }
    language = {
        "type": "object",
        "description": "the entry in one language",
        "additionalProperties": False,
        "required": ["title", "text", "origin"],
        "properties": _fields(
            LANGUAGE_FIELDS,
            {
                "title": {
                    **_text("written by the project; free to edit"),
                    "maxLength": TITLE_MAX_LENGTH,
                },
                "text": _text("an official text is quoted exactly: validate checks it"),
                "origin": {
                    "enum": [origin.value for origin in Origin],
                    "description": "official: the source's words; project-translation; project",
                },
                "questions": _texts("alternate questions this entry answers"),
                "keywords": _texts("words an asker may use"),
            },
        ),
    }
    entry = {
        "type": "object",
        "description": "one recommendation or resource",
        "additionalProperties": False,
        "required": ["id", "source", "topic", "languages"],
        "properties": _fields(
            ENTRY_FIELDS,
            {
                "id": identifier,
                "source": _text("a source id"),
                "topic": _text("a topic id"),
                "paragraph": {"type": "integer", "description": "its number in the source"},
                "related": _texts("ids of related entries"),
                "languages": {
                    "type": "object",
                    "minProperties": 1,
                    "propertyNames": {"enum": list(LANGUAGES)},
                    "additionalProperties": {"$ref": "#/$defs/language"},
                },
            },
        ),
        # A paragraph is quoted (official) or translated, never written by the project.
        "allOf": [
            {
                "if": {"required": ["paragraph"]},
                "then": {
                    "properties": {
                        "languages": {
                            "additionalProperties": {
                                "properties": {"origin": {"not": {"const": project}}}
                            }
                        }
                    }
                },
            }
        ],
    }
    synonym = {
        "type": "object",
        "description": "words people use for a concept, and the words the texts use for it",
        "additionalProperties": False,
        "required": ["said", "means"],
        "properties": _fields(
            SYNONYM_FIELDS,
            {
                "said": {
                    **_texts("everyday words or short phrases people ask with"),
                    "minItems": 1,
                },
                "means": {
                    **_texts("the words the texts use: a question is searched with them"),
                    "minItems": 1,
                    "maxItems": MAX_MEANS,
                },
            },
        ),
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "A knowledge file of the UNESCO AI-in-education bot",
        "description": (
            "Written by python -m tools.knowledge_schema from the loader; python -m bot validate "
            "also checks what a schema cannot: " + "; ".join(LOADER_ONLY) + "."
        ),
        "type": ["object", "null"],
        "additionalProperties": False,
        "properties": _fields(
            TOP_LEVEL_FIELDS,
            {
                "sources": {"type": "array", "items": {"$ref": "#/$defs/source"}},
                "topic": {"$ref": "#/$defs/topic"},
                "topics": {"type": "array", "items": {"$ref": "#/$defs/topic"}},
                "entries": {"type": "array", "items": {"$ref": "#/$defs/entry"}},
                "synonyms": {
                    "type": "object",
                    "description": "per language, synonym groups (knowledge/synonyms/)",
                    "propertyNames": {"enum": list(LANGUAGES)},
                    "additionalProperties": {
                        "type": "array",
                        "items": {"$ref": "#/$defs/synonym"},
                    },
                },
                "asked": {
                    "type": "object",
                    "description": "per language, per entry id, the questions as officials ask "
                    "them that the entry answers (knowledge/asked/)",
                    "propertyNames": {"enum": list(LANGUAGES)},
                    "additionalProperties": {
                        "type": "object",
                        "propertyNames": {"pattern": ID_PATTERN.pattern},
                        "additionalProperties": {**_texts("the questions"), "minItems": 1},
                    },
                },
            },
        ),
        "$defs": {
            "source": source,
            "topic": topic,
            "entry": entry,
            "language": language,
            "synonym": synonym,
        },
    }


def dumps() -> str:
    return json.dumps(build_schema(), ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.knowledge_schema")
    parser.add_argument("--check", action="store_true", help="fail if the file is out of date")
    args = parser.parse_args(argv)
    text = dumps()
    current = SCHEMA_FILE.read_text(encoding="utf-8") if SCHEMA_FILE.exists() else None
    if args.check:
        if current != text:
            print(f"{SCHEMA_FILE} is out of date: run python -m tools.knowledge_schema")
            return 1
        return 0
    if current != text:
        SCHEMA_FILE.write_text(text, encoding="utf-8")
        print(f"wrote {SCHEMA_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
