"""Entries of the build cache (`build/`) appear whole or not at all (a plain module:
planner_bundle.py and stdlib_trim.py store what they make through it).

Several builds can share one cache at once: `make test` runs on two pytest workers, and a
preview may run beside `make build`. Each build makes its entry in a folder of its own, then
moves it into place in one step; when two made the same entry (same inputs, same digest), the
first one stays and the other is dropped, so no build ever reads half an entry.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def keep_folder(staged: Path, folder: Path) -> None:
    """Move the finished `staged` folder (on the cache's file system) to `folder`."""
    try:
        staged.rename(folder)
    except OSError:
        if not folder.is_dir():
            raise
        shutil.rmtree(staged, ignore_errors=True)  # another build stored the same entry first


def keep_file(data: bytes, path: Path) -> None:
    """Write `path` under this build's own name first, then put it in place in one step (with
    the usual permissions: the site copies them, and the web server must be able to read it)."""
    staged = path.with_name(f"tmp{os.getpid()}-{path.name}")
    staged.write_bytes(data)
    os.replace(staged, path)
