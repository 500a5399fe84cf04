"""Write a file under a temporary name and move it into place, so a crash never leaves half a file.

Failures become one plain sentence: missing folder, no permission, the target open in another program
(Excel locks the files it has open), a full disk.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

from aftersales_desktop.core.errors import StorageError
from aftersales_desktop.core.i18n import T


def atomic_write(target: Path, write: Callable[[Path], object]) -> Path:
    """Call `write(temp_path)`, then atomically rename the temp file to `target`."""
    target = Path(target)
    folder = target.parent
    if not folder.is_dir():
        raise StorageError(T("文件夹 {p} 不存在,请选择一个已有的文件夹。", "The folder {p} does not exist; choose an existing folder.", p=folder))
    if target.exists() and not os.access(target, os.W_OK):
        raise StorageError(T("文件 {p} 是只读的,无法覆盖。", "The file {p} is read-only and cannot be replaced.", p=target))
    temp = folder / f".{target.name}.{os.getpid()}.tmp"
    try:
        write(temp)
        _replace(temp, target)
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _explain(exc, target) from exc
        raise
    return target


def _replace(temp: Path, target: Path) -> None:
    try:
        os.replace(temp, target)
    except PermissionError as exc:
        raise StorageError(
            T(
                "文件 {p} 正被其他程序(如 Excel)打开,请关闭后重试。",
                "The file {p} is open in another program (Excel?); close it and try again.",
                p=target,
            )
        ) from exc


def _explain(exc: OSError, target: Path) -> StorageError:
    if exc.errno == errno.ENOSPC:
        return StorageError(T("磁盘已满,文件 {p} 未写入。", "The disk is full; {p} was not written.", p=target))
    if exc.errno in (errno.EACCES, errno.EPERM):
        return StorageError(
            T("没有权限写入 {p},请换一个文件夹。", "No permission to write {p}; choose another folder.", p=target)
        )
    return StorageError(T("无法写入 {p}:{e}", "Cannot write {p}: {e}", p=target, e=exc.strerror or exc))
