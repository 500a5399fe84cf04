"""One running copy of the app per data folder: an OS file lock on `<db>.lock`.

The OS releases the lock when the process dies, so a crash never leaves the shop locked out.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from aftersales_desktop.core.errors import DatabaseLocked
from aftersales_desktop.core.i18n import T


class InstanceLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+")  # noqa: SIM115 - held open for the life of the app
        try:
            _lock(handle)
        except OSError as exc:
            handle.close()
            raise DatabaseLocked(
                T(
                    "本软件已经在这台电脑上打开(数据文件夹 {p})。请切换到已打开的窗口。",
                    "The app is already open on this PC (data folder {p}). Switch to the open window.",
                    p=self.path.parent,
                )
            ) from exc
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            try:
                _unlock(self._handle)
            finally:
                self._handle.close()
                self._handle = None


if sys.platform == "win32":  # sys.platform rather than os.name: mypy picks the branch by it
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
