"""One pressloc run at a time per ``locales/`` folder.

The lock is an ``flock`` on ``locales/.pressloc.lock``, which holds the owner's PID. The
kernel releases it when the owner exits, however it exits, so a lock left by a killed run
is never stale: the next run takes it at once. The lock file is opened without following a
link and must be a regular file: a link planted there (a cloned repository can carry one)
is refused, never written through.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import stat
import time
from collections.abc import Iterable
from pathlib import Path

from .errors import PresslocError
from .fsutil import remove_stale_temporaries

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
        fd = self._open()
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
        try:  # the PID only informs a waiting run: a full disk does not stop this one
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        except OSError:
            pass
        self.fd = fd
        return self

    def _open(self) -> int:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK, 0o644)
        except OSError as e:
            if e.errno == errno.ELOOP:
                raise PresslocError(
                    f"{self.path}: is a symbolic link; pressloc does not write "
                    "through links it did not make: remove it"
                ) from e
            raise PresslocError(f"{self.path}: cannot create the lock file ({e.strerror})") from e
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise PresslocError(
                f"{self.path}: is not a regular file; remove it "
                "(pressloc makes its lock file itself)"
            )
        return fd

    def __exit__(self, *exc) -> None:
        if self.fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(self.fd, 0)
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None


class writing:
    """``with writing(locales, [releases]):`` holds the lock on the catalogues in ``locales``
    and, once it is held, removes what killed runs left in the folders pressloc writes:
    ``locales`` and its catalogue folders, and the language folders of each of ``outputs``."""

    def __init__(self, locales: Path, outputs: Iterable[Path] = ()):
        self.locales = Path(locales)
        self.outputs = [Path(folder) for folder in outputs]
        self.lock = ProjectLock(self.locales)

    def __enter__(self) -> writing:
        self.made = not self.locales.exists()
        self.lock.__enter__()
        remove_stale_temporaries(_written_folders(self.locales, self.outputs))
        return self

    def __exit__(self, *exc) -> None:
        self.lock.__exit__(*exc)
        if self.made:  # a run that wrote nothing into a new project leaves no trace of it
            try:
                if [entry.name for entry in os.scandir(self.locales)] == [LOCK_NAME]:
                    os.unlink(self.lock.path)
                    os.rmdir(self.locales)
            except OSError:
                pass


def _written_folders(locales: Path, outputs: list[Path]) -> list[Path]:
    """The folders pressloc writes files in, reached through no link: ``locales/``, its
    ``<lang>/LC_MESSAGES/`` and each output folder's ``<lang>/``."""
    folders = []
    for top, inner in [(locales, "LC_MESSAGES"), *((output, "") for output in outputs)]:
        if top.is_symlink():
            continue
        folders.append(top)
        try:
            children = [entry for entry in os.scandir(top) if entry.is_dir(follow_symlinks=False)]
        except OSError:
            continue
        for child in children:
            folder = Path(child.path) / inner
            if not folder.is_symlink():
                folders.append(folder)
    return folders
