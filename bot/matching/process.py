"""Matching in a second process, so that under a burst questions use the machine's other core.

Matching is CPU work (about 2 ms a question) done on the event loop's one thread, and under a
burst it was the largest part of what the bot did (``docs/reliability.md``); Python runs one
thread at a time. ``MatchingProcess`` keeps a copy of one matcher in a child process and sends
it the questions over a socket; the decisions come back as the same dataclasses.

- The child is a clean interpreter (``spawn``: none of the bot's threads, sockets or signal
  handlers), given the knowledge base, the learned questions and the fitted model, from which it
  builds the same matcher (a test compares the two on the evaluation set).
- It is an optimisation, never a second source of answers: until the child has built its
  matcher, and once it has failed, questions are matched in the bot's own process by the very
  matcher it copies. A question the child fails on is matched there again, so an error is the
  one the matcher raises. ``Live`` starts a new child with each new matcher.
- A question that takes longer than ``MATCH_TIMEOUT_SECONDS`` (no question takes more than
  milliseconds) kills the child, so that one pathological input cannot hold every other
  question behind it; that question then fails (the inbox sets it aside) and the others are
  matched in process.
- The child ends with its socket: when the bot closes it, or when the bot dies (even by SIGKILL,
  the socket's other end closes with the process). It ignores Ctrl-C, which the terminal sends
  to both: the bot finishes its questions first.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import multiprocessing
import pickle
import signal
import socket
import struct
from collections.abc import Mapping, Sequence
from typing import Any

from bot.knowledge.model import KnowledgeBase
from bot.matching.confidence import ConfidenceModel
from bot.matching.decision import Decision
from bot.matching.matcher import Matcher

log = logging.getLogger(__name__)

MATCH_TIMEOUT_SECONDS = 10.0
CLOSE_SECONDS = 2.0  # how long closing waits for the child to end before it is killed
_HEADER = struct.Struct("!I")  # each message: its length, then a pickle
READY = "ready"


class MatchingFailed(Exception):
    """The child cannot answer (gone, or killed after a timeout): match in process."""


class MatchingProcess:
    """A child process that matches questions with a copy of ``matcher``; ``await start()``."""

    def __init__(self, matcher: Matcher) -> None:
        self.matcher = matcher
        self._ids = itertools.count()
        self._pending: dict[int, asyncio.Future[Any]] = {}
        self._writer: asyncio.StreamWriter | None = None
        self._reading: asyncio.Task[None] | None = None
        self._ready = asyncio.Event()
        self._failed = False
        ours, theirs = socket.socketpair()
        self._process = multiprocessing.get_context("spawn").Process(
            target=serve,
            args=(theirs, matcher.knowledge, matcher.learned, matcher.model),
            name="matching",
            daemon=True,  # ended by multiprocessing when the bot exits, whatever happens
        )
        self._process.start()
        theirs.close()
        self._socket = ours

    @property
    def pid(self) -> int | None:
        return self._process.pid

    @property
    def ready(self) -> bool:
        """Whether questions go to the child (it has built its matcher and has not failed)."""
        return self._ready.is_set() and not self._failed

    async def start(self) -> None:
        """Connect to the child; questions are matched in process until it says it is ready."""
        reader, self._writer = await asyncio.open_connection(sock=self._socket)
        self._reading = asyncio.create_task(self._read(reader), name="matching-process")

    async def wait_ready(self) -> bool:
        """Wait until the child is ready, or has failed (for tests and the benchmark: use
        ``asyncio.timeout`` around it)."""
        ready = asyncio.create_task(self._ready.wait())
        assert self._reading is not None, "start() first"
        await asyncio.wait([ready, self._reading], return_when=asyncio.FIRST_COMPLETED)
        ready.cancel()
        return self.ready

    async def match(
        self, question: str, language: str | None = None, hint: str | None = None
    ) -> Decision:
        """What ``matcher.match`` decides, computed by the child when it can."""
        if not self.ready or self._writer is None:
            return self.matcher.match(question, language=language, hint=hint)
        request = next(self._ids)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._pending[request] = future
        try:
            self._writer.write(_frame((request, question, language, hint)))
            answer = await asyncio.wait_for(future, MATCH_TIMEOUT_SECONDS)
        except TimeoutError:
            self._fail(
                f"a question took longer than {MATCH_TIMEOUT_SECONDS:.0f} s: the matching "
                "process is stopped, questions are matched in process"
            )
            raise
        except (MatchingFailed, ConnectionError):
            answer = None
        finally:
            self._pending.pop(request, None)
        if isinstance(answer, Decision):
            return answer
        # The child is gone or raised: the matcher decides here (and raises here, if it does).
        return self.matcher.match(question, language=language, hint=hint)

    async def close(self) -> None:
        """Close the socket, which ends the child; kill it if it has not ended in time."""
        self._failed = True
        if self._writer is not None:
            self._writer.close()
            with contextlib.suppress(ConnectionError):
                await self._writer.wait_closed()
        else:
            self._socket.close()
        if self._reading is not None:
            self._reading.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reading
        await asyncio.to_thread(self._process.join, CLOSE_SECONDS)
        if self._process.is_alive():
            self._process.kill()
            await asyncio.to_thread(self._process.join, CLOSE_SECONDS)

    async def _read(self, reader: asyncio.StreamReader) -> None:
        try:
            while True:
                header = await reader.readexactly(_HEADER.size)
                (size,) = _HEADER.unpack(header)
                message = pickle.loads(await reader.readexactly(size))
                if message == READY:
                    self._ready.set()
                    log.debug("the matching process is ready", extra={"event": "matching_ready"})
                    continue
                request, answer = message
                future = self._pending.get(request)
                if future is not None and not future.done():
                    future.set_result(answer)
        except (asyncio.IncompleteReadError, ConnectionError):
            if not self._failed:
                self._fail("the matching process ended: questions are matched in process")

    def _fail(self, why: str) -> None:
        if not self._failed:
            log.warning("%s", why, extra={"event": "matching_process_failed"})
        self._failed = True
        if self._process.is_alive():
            self._process.kill()
        for future in self._pending.values():
            if not future.done():
                future.set_exception(MatchingFailed())


def _frame(message: object) -> bytes:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    return _HEADER.pack(len(data)) + data


def serve(
    connection: socket.socket,
    knowledge: KnowledgeBase,
    learned: Mapping[str, Mapping[str, Sequence[str]]],
    model: ConfidenceModel,
) -> None:
    """The child: build the matcher, say so, then answer each question until the socket ends."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    matcher = Matcher(knowledge, learned, model)
    # The bot may close the socket at any moment (it stopped, or its start failed): then the
    # child ends, quietly.
    with contextlib.suppress(OSError), connection, connection.makefile("rb") as incoming:
        connection.sendall(_frame(READY))
        while header := incoming.read(_HEADER.size):
            if len(header) < _HEADER.size:
                return
            (size,) = _HEADER.unpack(header)
            request, question, language, hint = pickle.loads(incoming.read(size))
            try:
                answer: object = matcher.match(question, language=language, hint=hint)
            except Exception as error:  # the bot's process matches it again, and raises
                answer = repr(error)
            connection.sendall(_frame((request, answer)))
