"""Health in both modes, for ``HEALTHCHECK`` and orchestrators.

In polling mode the bot opens no port, so it proves it is alive by writing a heartbeat file in
the data directory every few seconds, and only while it is really working: the application is
running, updates are being fetched, and the database answers. The file also says when updates
are waiting and none has been handled for a while (``bot.inbox.STALL_SECONDS``): a bot that
takes updates in but answers nobody is not healthy either. ``python -m bot health`` fails when
the file is missing, stale, or says so. In webhook mode the same command also asks the
``/healthz`` endpoint of the bot's own web server.
"""

from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from bot.config import Settings

HEARTBEAT_SECONDS = 10.0
MAX_AGE_SECONDS = 60.0


@dataclass(frozen=True)
class Health:
    healthy: bool
    detail: str


def write_heartbeat(
    path: Path,
    mode: str,
    now: float | None = None,
    *,
    waiting: int = 0,
    stalled: bool = False,
) -> None:
    """Replace the heartbeat file in one step, so a reader never sees half of it."""
    data = {
        "time": time.time() if now is None else now,
        "mode": mode,
        "pid": os.getpid(),
        "waiting": waiting,  # updates taken in and not yet handled
        "stalled": stalled,  # and none handled for a while
    }
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(data), encoding="utf-8")
    os.replace(partial, path)


def read_heartbeat(path: Path, max_age: float, now: float | None = None) -> Health:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        written = float(data["time"])
    except FileNotFoundError:
        return Health(False, f"no heartbeat at {path}: the bot is not running (or not yet)")
    except (ValueError, KeyError, TypeError):
        return Health(False, f"the heartbeat at {path} is unreadable")
    age = (time.time() if now is None else now) - written
    if age > max_age:
        return Health(False, f"the heartbeat is {age:.0f} s old (more than {max_age:.0f} s)")
    if data.get("stalled"):
        return Health(
            False,
            f"{data.get('waiting', 0)} updates are waiting and none has been handled for a "
            "while (see the log, and `python -m bot inbox`)",
        )
    return Health(True, f"heartbeat {max(age, 0):.0f} s old")


def ask_endpoint(settings: Settings, timeout: float = 5.0) -> Health:
    """GET ``/healthz`` on the bot's own webhook server."""
    host = "127.0.0.1" if settings.listen_host in ("0.0.0.0", "::", "") else settings.listen_host
    if ":" in host:
        host = f"[{host}]"
    url = f"http://{host}:{settings.port}/healthz"
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return Health(response.status == 200, f"{url} answered {response.status}")
    except urllib.error.HTTPError as error:
        return Health(False, f"{url} answered {error.code}")
    except OSError as error:
        return Health(False, f"{url} did not answer: {error}")


def check(settings: Settings, max_age: float = MAX_AGE_SECONDS) -> Health:
    """What ``python -m bot health`` reports: the heartbeat, and the endpoint in webhook mode."""
    heartbeat = read_heartbeat(settings.heartbeat, max_age)
    if not heartbeat.healthy or settings.mode != "webhook":
        return heartbeat
    endpoint = ask_endpoint(settings)
    return Health(endpoint.healthy, f"{heartbeat.detail}; {endpoint.detail}")
