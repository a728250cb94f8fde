"""Per-file time and memory limits.

Each input is parsed in a forked child process with a time limit and an
address-space limit, so that a hostile or pathological file (a decompression
bomb, a PDF that makes a C library spin, a spreadsheet with a billion cells)
costs that file its result and nothing else: the batch goes on and the report
says why the file could not be judged. Forking a warm process costs a few
milliseconds; the parsed model comes back pickled.

Where ``fork`` is unavailable (Windows), or ``TECHCOST_ISOLATE=0``, parsing
runs in-process with only the parsers' own bounds.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
from typing import Any, Callable

from ..errors import InputFileError, LimitExceeded, TechcostError
from . import limits


def isolation_enabled() -> bool:
    if os.environ.get("TECHCOST_ISOLATE", "1") == "0":
        return False
    return hasattr(os, "fork") and sys.platform != "win32"


def _vm_bytes() -> int:
    try:
        with open("/proc/self/statm", "rb") as fh:
            pages = int(fh.read().split()[0])
        return pages * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _child(fn: Callable[..., Any], args: tuple, kwargs: dict, wfd: int, seconds: int, memory: int) -> None:
    """Runs in the child: set limits, parse, write the pickled outcome, exit."""
    code = 0
    try:
        try:
            import resource

            if memory > 0:
                cap = _vm_bytes() + memory
                resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
            if seconds > 0:
                resource.setrlimit(resource.RLIMIT_CPU, (seconds + 5, seconds + 10))
        except (ImportError, ValueError, OSError):
            pass
        if seconds > 0:
            signal.signal(signal.SIGALRM, signal.SIG_DFL)
            signal.alarm(seconds)
        try:
            outcome: tuple[str, Any] = ("ok", fn(*args, **kwargs))
        except TechcostError as exc:
            outcome = ("error", (type(exc).__name__, str(exc), exc.code))
        except MemoryError:
            outcome = ("error", ("LimitExceeded", f"needed more than {memory // 1_000_000} MB of memory to read (limit TECHCOST_MAX_MEMORY_MB)", "SYS010"))
        except RecursionError:
            outcome = ("error", ("LimitExceeded", "nests too deeply to read", "SYS010"))
        except Exception as exc:  # reported as an internal error by the parent
            from ..errors import from_library_error

            mapped = from_library_error(exc)
            if mapped is not None:
                outcome = ("error", (type(mapped).__name__, str(mapped), mapped.code))
            else:
                outcome = ("crash", f"{type(exc).__name__}: {str(exc)[:160]}")
        try:
            data = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:
            data = pickle.dumps(("crash", f"result could not be returned ({type(exc).__name__})"))
        view = memoryview(data)
        while view:
            n = os.write(wfd, view)
            view = view[n:]
    except BaseException:
        code = 3
    finally:
        os._exit(code)


_ERRORS: dict[str, type[TechcostError]] = {}


def _rebuild(name: str, message: str, code: str) -> TechcostError:
    from .. import errors

    cls = getattr(errors, name, None)
    if not (isinstance(cls, type) and issubclass(cls, TechcostError)):
        cls = TechcostError
    exc = cls(message)
    exc.code = code
    return exc


class _Timeout(Exception):
    pass


def _in_process(fn: Callable[..., Any], args: tuple, kwargs: dict, seconds: int) -> Any:
    """Run in this process with a SIGALRM time limit (main thread only).
    Used for text formats, which pure-Python parsers read within the size
    limits, so only time needs a guard."""
    import threading

    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
        return fn(*args, **kwargs)

    def _alarm(signum: int, frame: Any) -> None:
        raise _Timeout()

    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(seconds)
    try:
        return fn(*args, **kwargs)
    except _Timeout:
        raise LimitExceeded(f"took longer than {seconds} s to read (limit TECHCOST_MAX_SECONDS_PER_FILE)") from None
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def run_guarded(fn: Callable[..., Any], *args: Any, isolate: bool = True, **kwargs: Any) -> Any:
    """``fn(*args, **kwargs)`` bounded by ``limits.MAX_SECONDS_PER_FILE`` and
    ``limits.MAX_MEMORY_MB``: in a forked child process when ``isolate``
    (binary formats read by C libraries), else in-process with a time limit.
    Raises the ``TechcostError`` the parser raised, or ``LimitExceeded``/
    ``InputFileError`` when the child ran out of time or memory or died."""
    seconds = limits.MAX_SECONDS_PER_FILE
    memory = limits.MAX_MEMORY_MB * 1_000_000
    if not isolate or not isolation_enabled():
        return _in_process(fn, args, kwargs, seconds)
    rfd, wfd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        os.close(rfd)
        _child(fn, args, kwargs, wfd, seconds, memory)
    os.close(wfd)
    chunks = []
    try:
        while True:
            chunk = os.read(rfd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(rfd)
        _, status = os.waitpid(pid, 0)
    data = b"".join(chunks)
    if data:
        try:
            kind, payload = pickle.loads(data)
        except Exception:
            kind, payload = "crash", "the reader's result could not be read back"
        if kind == "ok":
            return payload
        if kind == "error":
            raise _rebuild(*payload)
        raise TechcostError(f"internal error while reading ({payload})", code="SYS009")
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        if sig in (signal.SIGALRM, getattr(signal, "SIGXCPU", -1)):
            raise LimitExceeded(f"took longer than {seconds} s to read (limit TECHCOST_MAX_SECONDS_PER_FILE)")
        if sig == signal.SIGKILL:
            raise LimitExceeded(f"was stopped while reading (out of memory or time; limits TECHCOST_MAX_MEMORY_MB={memory // 1_000_000}, TECHCOST_MAX_SECONDS_PER_FILE={seconds})")
        raise InputFileError(f"made the reader crash (signal {sig}); the file is probably damaged")
    raise LimitExceeded(f"could not be read within the limits (memory {memory // 1_000_000} MB, time {seconds} s)")
