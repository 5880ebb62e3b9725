"""Logging for operators: plain text or one JSON object per line, never a token.

Events worth counting carry fields in ``extra`` (``event``, ``language``, ``outcome``, ``entry``,
``mode``…); JSON lines put them at the top level so that a log pipeline can count answers per
language without parsing sentences. The text of a question is logged at DEBUG only: users are
public officials, and INFO logs are kept and shipped.

The HTTP client logs every request URL, and Bot API URLs contain the token
(``…/bot<token>/getUpdates``). Both formatters redact the token, and anything shaped like one,
from the whole formatted line, tracebacks included.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TextIO

REDACTED = "<redacted>"
# Anything shaped like a bot token, wherever it appears (URLs, exception messages).
TOKEN_SHAPE = re.compile(r"\d{3,}:[A-Za-z0-9_-]{20,}")
# The attributes every LogRecord has; anything else on a record came in through ``extra``.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}
# Libraries that log a line per request: quiet unless the operator asks for DEBUG.
CHATTY_LOGGERS = ("httpx", "httpcore", "tornado.access")


class Redactor:
    """Removes secrets from a formatted line: the known values, then anything token-shaped."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self.secrets = sorted({s for s in secrets if s}, key=len, reverse=True)

    def __call__(self, line: str) -> str:
        for secret in self.secrets:
            line = line.replace(secret, REDACTED)
        return TOKEN_SHAPE.sub(REDACTED, line)


def extras(record: logging.LogRecord) -> dict[str, object]:
    """The fields a call passed in ``extra``."""
    return {k: v for k, v in vars(record).items() if k not in _STANDARD and not k.startswith("_")}


class TextFormatter(logging.Formatter):
    """``time level logger: message key=value…``, redacted."""

    def __init__(self, redact: Redactor) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")
        self.redact = redact

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        fields = " ".join(f"{k}={v}" for k, v in extras(record).items() if k != "event")
        if fields:
            head, _, tail = line.partition("\n")
            line = f"{head} [{fields}]" + (f"\n{tail}" if tail else "")
        return self.redact(line)


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, event, then the ``extra`` fields."""

    def __init__(self, redact: Redactor) -> None:
        super().__init__()
        self.redact = redact

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        fields = extras(record)
        data: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "event": fields.pop("event", message),
        }
        if data["event"] != message:
            data["message"] = message
        data.update(fields)
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return self.redact(json.dumps(data, ensure_ascii=False, default=str))


def configure(
    log_format: str, level: str, secrets: Iterable[str | None] = (), stream: TextIO | None = None
) -> None:
    """Send every log record to stderr in the chosen format, with the secrets redacted."""
    redact = Redactor(s for s in secrets if s)
    handler = logging.StreamHandler(stream or sys.stderr)
    formatter = JsonFormatter(redact) if log_format == "json" else TextFormatter(redact)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for name in CHATTY_LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG if level == "DEBUG" else logging.WARNING)
