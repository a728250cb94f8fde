"""Writing files without ever losing one.

Every file techcost writes (reports, baselines, annotated copies, the
portfolio summary and CSV) goes through ``atomic_write`` or ``atomic_save``:
the content is written to a temporary file beside the target, flushed to
disk, and renamed over the target only when complete. A full disk, a
read-only folder or a crash leaves the old file as it was and no stray
temporary file. ``refuse_overwriting_inputs`` stops a run before it starts
when an output would replace a file the run reads.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path
from typing import Callable, Iterable

from .errors import TechcostError


class OutputError(TechcostError):
    """An output could not be written (nothing was changed) or would
    replace an input (nothing was run)."""


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "no space left on the device"
    if exc.errno == errno.EFBIG:
        return "the file would be larger than this system allows"
    if exc.errno in (errno.EROFS,):
        return "the file system is read-only"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ENOENT:
        return "its folder does not exist"
    if exc.errno == errno.EISDIR:
        return "it is a folder"
    return exc.strerror or type(exc).__name__


def _target(path: Path) -> Path:
    """The file a write replaces: through a symbolic link to its file."""
    try:
        if path.is_symlink():
            return path.resolve(strict=True)
    except (OSError, RuntimeError):
        pass
    return path


def atomic_save(path: str | Path, write: Callable[[Path], None], *, what: str = "") -> Path:
    """Call ``write(tmp)`` to produce the file at a temporary path beside
    ``path``, then rename it into place. Raises ``OutputError`` (one line,
    naming the file and the reason) with the target untouched."""
    target = _target(Path(path))
    if target.is_dir():
        raise OutputError(f"cannot write {target}: it is a folder")
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot write {target}: cannot create its folder ({_reason(exc)})") from None
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".techcost-tmp")
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {_reason(exc)}; nothing was written") from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        try:
            mode = target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask()
            os.chmod(tmp, mode)
        except OSError:
            pass
        os.replace(tmp, target)
    except OSError as exc:
        _unlink(tmp)
        raise OutputError(f"cannot write {target}{' (' + what + ')' if what else ''}: {_reason(exc)}; the file was left as it was") from None
    except BaseException:
        _unlink(tmp)
        raise
    return target


def atomic_write(path: str | Path, data: str | bytes, *, encoding: str = "utf-8", what: str = "") -> Path:
    """Write ``data`` to ``path`` whole or not at all."""
    payload = data.encode(encoding) if isinstance(data, str) else data

    def write(tmp: Path) -> None:
        with open(tmp, "wb") as fh:
            fh.write(payload)
            fh.flush()

    return atomic_save(path, write, what=what)


def append_whole(path: str | Path, text: str) -> None:
    """Append ``text`` in one write (the GitHub job summary file, which other
    steps also write): on failure the file is cut back to its old size."""
    p = Path(path)
    try:
        size = p.stat().st_size if p.exists() else 0
    except OSError:
        size = 0
    try:
        with p.open("a", encoding="utf-8") as fh:
            fh.write(text)
    except OSError as exc:
        try:
            os.truncate(p, size)
        except OSError:
            pass
        raise OutputError(f"cannot write {p}: {_reason(exc)}; the file was left as it was") from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _unlink(p: Path) -> None:
    try:
        p.unlink()
    except OSError:
        pass


def same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    try:
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError):
        return False


def refuse_overwriting_inputs(outputs: Iterable[tuple[str, Path]], inputs: Iterable[Path]) -> None:
    """Stop before anything runs when an output would replace an input or a
    file the batch reads. ``outputs`` pairs an option name with its path."""
    ins = [p for p in inputs]
    for option, out in outputs:
        for src in ins:
            if same_file(out, src):
                raise OutputError(f"{option} {out} would replace an input the run reads ({src}); choose another file")
