"""Where the data lives: one data folder holding the database, backups and logs."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from aftersales_desktop import APP_NAME, ORG_NAME

DB_FILE_NAME = "aftersales.sqlite3"
ENV_DATA_DIR = "AFTERSALES_DATA_DIR"


@dataclass(frozen=True)
class DataPaths:
    """The files of one shop's data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_FILE_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def lock_file(self) -> Path:
        return self.root / (DB_FILE_NAME + ".lock")

    def ensure(self) -> DataPaths:
        for folder in (self.root, self.backups, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def default_data_dir() -> Path:
    """The user's data folder (platformdirs), unless AFTERSALES_DATA_DIR says otherwise."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override)
    from platformdirs import user_data_dir  # only when no folder is given: not for every command

    return Path(user_data_dir(APP_NAME, ORG_NAME))


def default_log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, ORG_NAME))


def data_paths(data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
    return DataPaths(Path(data_dir) if data_dir else default_data_dir())
