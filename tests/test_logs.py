"""Logs: JSON lines with the fields operators count, and never a token or a secret."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from bot import logs

TOKEN = "123456:AAbbCCddEEffGGhhIIjjKKllMMnn"
OTHER_TOKEN = "987654321:ZZyyXXwwVVuuTTssRRqqPPoo-_99"
SECRET = "a-webhook-secret-value"


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    stream = io.StringIO()
    yield stream
    root.handlers[:] = saved[0]
    root.setLevel(saved[1])


def lines(stream: io.StringIO) -> list[str]:
    return [line for line in stream.getvalue().splitlines() if line]


def test_json_lines_carry_time_level_event_and_extra_fields(captured: io.StringIO) -> None:
    logs.configure("json", "INFO", [TOKEN], stream=captured)
    logging.getLogger("bot.chat.conversation").info(
        "question %d: %s in %s",
        7,
        "answer",
        "fr",
        extra={"event": "question", "language": "fr", "outcome": "answer", "entry": "bc-12"},
    )
    logging.getLogger("bot.service").info("stopped")
    first, second = (json.loads(line) for line in lines(captured))
    assert first["event"] == "question"
    assert first["message"] == "question 7: answer in fr"
    assert (first["language"], first["outcome"], first["entry"]) == ("fr", "answer", "bc-12")
    assert first["level"] == "INFO"
    assert first["logger"] == "bot.chat.conversation"
    assert first["time"].endswith("+00:00")
    assert second["event"] == "stopped"
    assert "message" not in second


def test_level_filters_debug_out_at_info(captured: io.StringIO) -> None:
    logs.configure("json", "INFO", stream=captured)
    logging.getLogger("bot.chat.conversation").debug("question 7 text: %r", "private words")
    assert lines(captured) == []


@pytest.mark.parametrize("log_format", ["json", "text"])
def test_tokens_are_redacted_from_messages_arguments_and_tracebacks(
    captured: io.StringIO, log_format: str
) -> None:
    logs.configure(log_format, "DEBUG", [TOKEN, SECRET], stream=captured)
    # What httpx logs for every request, with the token in the URL.
    logging.getLogger("httpx").info(
        'HTTP Request: %s %s "%s %d %s"',
        "POST",
        f"https://api.telegram.org/bot{TOKEN}/getUpdates",
        "HTTP/1.1",
        200,
        "OK",
    )
    logging.getLogger("bot").warning(f"secret {SECRET} and another bot's {OTHER_TOKEN}")
    try:
        raise ConnectionError(f"cannot reach https://api.telegram.org/bot{TOKEN}/getMe")
    except ConnectionError:
        logging.getLogger("bot").exception("network")
    output = captured.getvalue()
    assert "getUpdates" in output
    assert "getMe" in output
    assert "network" in output
    for secret in (TOKEN, SECRET, OTHER_TOKEN, TOKEN.split(":")[1]):
        assert secret not in output
    assert output.count(logs.REDACTED) >= 4


def test_http_request_lines_are_quiet_unless_debug(captured: io.StringIO) -> None:
    logs.configure("text", "INFO", [TOKEN], stream=captured)
    logging.getLogger("httpx").info("HTTP Request: POST https://example.org")
    logging.getLogger("bot").info("started", extra={"event": "started", "mode": "polling"})
    assert len(lines(captured)) == 1
    assert lines(captured)[0].endswith("bot: started [mode=polling]")
