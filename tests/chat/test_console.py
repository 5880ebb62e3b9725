"""The console chat as a person uses it: buttons, confirmations, Arabic, Ctrl-C and Ctrl-D."""

from __future__ import annotations

import fcntl
import io
import os
import pty
import select
import signal
import subprocess
import sys
import termios
import time

from bot.chat.conversation import Conversation
from bot.console import ConsoleChat, as_text
from bot.i18n import FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE, t
from bot.matching.matcher import Matcher
from bot.storage import Storage
from tests.conftest import ROOT


async def test_buttons_stay_pressable_after_a_press_that_brings_none(matcher: Matcher) -> None:
    output = io.StringIO()
    async with await Storage.open(":memory:") as storage:
        chat = ConsoleChat(Conversation(matcher, storage), output)
        await chat.handle("can robots replace teachers")
        labels = [button.label for button in chat.buttons]
        assert labels[0] == "👍"
        await chat.handle("1")  # 👍: a notice only
        assert [button.label for button in chat.buttons] == labels
        await chat.handle(str(labels.index(t("en", "Read in another language")) + 1))
        assert "Read in:" in output.getvalue()
        thanks = t("en", "Thank you for your feedback.")
        assert output.getvalue().count(thanks) == 1


async def test_notify_me_is_confirmed_once(matcher: Matcher) -> None:
    output = io.StringIO()
    async with await Storage.open(":memory:") as storage:
        chat = ConsoleChat(Conversation(matcher, storage), output)
        await chat.handle("chicken curry recipe")
        notify = [b.label for b in chat.buttons].index(
            "🔔 " + t("en", "Notify me when this is answered")
        )
        await chat.handle(str(notify + 1))
        confirmation = t("en", "I will tell you here when this question has an answer.")
        assert output.getvalue().count(confirmation) == 1


def test_arabic_is_shown_without_direction_controls() -> None:
    html = f"<b>عنوان</b> {FIRST_STRONG_ISOLATE}2019{POP_DIRECTIONAL_ISOLATE} \u200f"
    text = as_text(html)
    assert "2019" in text
    assert "عنوان" in text
    assert not any(char in text for char in "\u2066\u2067\u2068\u2069\u200e\u200f\u202b")


def _interactive_chat() -> tuple[subprocess.Popen[bytes], int]:
    primary, secondary = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "chat"],
        stdin=secondary,
        stdout=secondary,
        stderr=secondary,
        cwd=ROOT,
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "TERM": "dumb"},
        start_new_session=True,
        # The terminal becomes the chat's controlling terminal, so Ctrl-C sends it SIGINT.
        preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0),
    )
    os.close(secondary)
    return process, primary


def _read_until(primary: int, marker: bytes, timeout: float = 90) -> bytes:
    seen = b""
    deadline = time.monotonic() + timeout
    while marker not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([primary], [], [], 0.2)
        if ready:
            try:
                seen += os.read(primary, 65536)
            except OSError:
                break
    return seen


def _drain(primary: int, until: subprocess.Popen[bytes], timeout: float = 30) -> bytes:
    """Read what the chat prints until it exits (a full terminal would block it)."""
    seen = b""
    deadline = time.monotonic() + timeout
    while until.poll() is None and time.monotonic() < deadline:
        if not select.select([primary], [], [], 0.2)[0]:
            continue
        try:
            chunk = os.read(primary, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    return seen


def test_ctrl_d_and_ctrl_c_end_the_interactive_chat_cleanly() -> None:
    # Ctrl-D as the terminal sends it (twice: the first only flushes a half-typed line, if any),
    # and Ctrl-C as the terminal delivers it: SIGINT to the chat.
    for key in (b"\x04\x04", None):
        process, primary = _interactive_chat()
        try:
            assert b"> " in _read_until(primary, b"> ")
            os.write(primary, b"can robots replace teachers\n")
            answer = _read_until(primary, b"displaced by machines")
            assert b"displaced by machines" in answer
            if b"\n> " not in answer.split(b"displaced by machines")[-1]:
                _read_until(primary, b"> ")  # the prompt may come in a read of its own
            if key is None:
                # Not at the very moment the prompt appears: a signal that lands between
                # readline printing it and waiting for a key is only seen at the next key (a
                # race of CPython's readline no person at a keyboard can hit).
                time.sleep(1.0)
                process.send_signal(signal.SIGINT)
            else:
                os.write(primary, key)
            rest = _drain(primary, until=process, timeout=10)
            # The chat has ended; the kernel may hold the exit until the terminal's output is
            # drained, which closing our end of it releases. A chat that had not ended would
            # now die of SIGHUP, not exit 0.
            os.close(primary)
            primary = -1
            assert process.wait(timeout=60) == 0
            assert b"Traceback" not in rest
        finally:
            if process.poll() is None:
                process.kill()
            process.wait()
            if primary >= 0:
                os.close(primary)
