"""``python -m bot ask --json`` replaces input that is not UTF-8 instead of echoing it back."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.cli import knowledge as cli
from tests.properties.conftest import PROPERTIES

NOT_UTF8 = [
    b"teachers \xff\xfe robots",  # bytes that are never UTF-8
    b"caf\xe9 et IA",  # Latin-1
    b"\xed\xa0\x80 surrogate",  # a surrogate encoded as if it were a character
    b"\xc0\xaf overlong",
    b"\xe6\x95\x99 cut short \xe6\x95",
    b"\xef\xbb\xbfwith a byte order mark\r",
]


@pytest.mark.parametrize(
    "environment",
    [{"LANG": "C.UTF-8"}, {"LANG": "C"}, {"LC_ALL": "POSIX"}, {"PYTHONUTF8": "0"}],
    ids=["utf-8", "c", "posix", "no-utf8-mode"],
)
def test_invalid_utf8_input_is_replaced_not_echoed(environment: dict[str, str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json"],
        input=b"\n".join(NOT_UTF8) + b"\n",
        capture_output=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", **environment},
    )
    assert result.returncode == 0, result.stderr
    output = result.stdout.decode("utf-8")  # raises if anything invalid came back
    lines = [json.loads(line) for line in output.splitlines()]
    assert len(lines) == len(NOT_UTF8)
    assert lines[0]["question"] == "teachers \ufffd\ufffd robots"
    assert lines[1]["question"] == "caf\ufffd et IA"
    assert all("\r" not in line["question"] for line in lines)


@PROPERTIES
@given(data=st.binary(max_size=2000))
def test_any_bytes_on_standard_input_become_valid_questions(data: bytes) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="surrogateescape")
    with mock.patch.object(sys, "stdin", stdin):
        questions = list(cli._questions([]))
    for question in questions:
        question.encode("utf-8")  # raises on a lone surrogate
        assert question.strip()
        assert "\n" not in question
    assert len(questions) <= data.count(b"\n") + 1


@PROPERTIES
@given(arguments=st.lists(st.text(st.characters(categories=["Cs", "Ll", "Zs"])), min_size=1))
def test_arguments_that_were_not_utf8_become_valid_questions(arguments: list[str]) -> None:
    [question] = cli._questions(arguments)
    question.encode("utf-8")
