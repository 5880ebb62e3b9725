"""The bot's HTTP client for the Bot API: python-telegram-bot's ``BaseRequest`` on aiohttp.

python-telegram-bot ships one client, on httpx. Measured on this project's 2-core machine against
the tests' fake Bot API (``docs/reliability.md``), a ``sendMessage`` through it costs about
2.5 ms of CPU, against 0.5 ms through aiohttp: under a burst, the HTTP client was a third of
everything the bot did. This class only moves bytes: python-telegram-bot still builds each
request, reads each answer and turns Telegram's errors (400, 403, 429, 5xx) into its
exceptions; here a timeout becomes ``TimedOut`` and any other failure of the connection
``NetworkError``, as with its own client, so ``bot.sending`` retries them alike.

Timeouts mean what python-telegram-bot's do: ``pool`` is the wait for a free connection (the
pool holds ``connections``), ``connect`` the wait to open one, ``read`` the wait for each
chunk of the answer; a long poll's read timeout grows by its ``timeout``, as the library asks.
aiohttp has no write timeout: a request to the Bot API is small and is written at once.
"""

from __future__ import annotations

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData


class AiohttpRequest(BaseRequest):
    """One aiohttp session with at most ``connections`` connections open to the Bot API."""

    def __init__(
        self,
        connections: int,
        connect_timeout: float,
        read_timeout: float,
        pool_timeout: float,
    ) -> None:
        self._connections = connections
        self._connect_timeout = connect_timeout
        self._read_timeout = read_timeout
        self._pool_timeout = pool_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float:
        """The read timeout of calls that give none (python-telegram-bot adds a long poll's)."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Open the session (again, after a shutdown)."""
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._connections),
                headers={"User-Agent": self.USER_AGENT},
            )

    async def shutdown(self) -> None:
        """Close the session and its connections."""
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """The status and body of Telegram's answer; ``TimedOut`` or ``NetworkError`` when
        there is none."""
        if self._session is None or self._session.closed:
            raise RuntimeError("AiohttpRequest is not initialized")
        connect = _given(connect_timeout, self._connect_timeout)
        pool = _given(pool_timeout, self._pool_timeout)
        timeout = aiohttp.ClientTimeout(
            total=None,
            # aiohttp's connect covers the wait for a free connection and the opening of one.
            connect=None if connect is None or pool is None else connect + pool,
            sock_connect=connect,
            sock_read=_given(read_timeout, self._read_timeout),
        )
        try:
            async with self._session.request(
                method, url, data=_body(request_data), timeout=timeout
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:  # aiohttp's timeouts are asyncio's, that is TimeoutError
            raise TimedOut from error
        except (aiohttp.ClientError, OSError) as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error


def _given(value: ODVInput[float], default: float) -> float | None:
    """A call's timeout, or the default when the call gave none (``None`` means no limit)."""
    return default if isinstance(value, DefaultValue) else value


def _body(request_data: RequestData | None) -> dict[str, str] | aiohttp.FormData | None:
    """The form python-telegram-bot encoded: URL-encoded fields, or multipart with files."""
    if request_data is None:
        return None
    fields = request_data.json_parameters
    files = request_data.multipart_data
    if not files:
        return fields
    form = aiohttp.FormData()
    for name, value in fields.items():
        form.add_field(name, value)
    for name, (filename, content, mime_type) in files.items():
        form.add_field(name, content, filename=filename, content_type=mime_type)
    return form
