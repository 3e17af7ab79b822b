"""One pressloc run at a time per ``locales/`` folder.

The lock is an ``flock`` on ``locales/.pressloc.lock``, which holds the owner's PID. The
kernel releases it when the owner exits, however it exits, so a lock left by a killed run
is never stale: the next run takes it at once.
"""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path

from .errors import PresslocError

LOCK_NAME = ".pressloc.lock"


class LockedError(PresslocError):
    """Another pressloc process is working on the same catalogues."""


class ProjectLock:
    """``with ProjectLock(folder):`` waits up to ``wait`` seconds, then raises LockedError."""

    def __init__(self, folder: Path, wait: float = 3.0):
        self.path = Path(folder) / LOCK_NAME
        self.wait = wait
        self.fd: int | None = None

    def __enter__(self) -> ProjectLock:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            raise PresslocError(f"{self.path}: cannot create the lock file ({e.strerror})") from e
        deadline = time.monotonic() + self.wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    owner = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
                    os.close(fd)
                    raise LockedError(
                        f"{self.path.parent}: locked by PID {owner}, another pressloc run; "
                        "wait for it to finish or stop it"
                    ) from None
                time.sleep(0.05)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        self.fd = fd
        return self

    def __exit__(self, *exc) -> None:
        if self.fd is not None:
            os.ftruncate(self.fd, 0)
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None
