"""Parser worker processes die with the process that started them.

spaCy's `nlp.pipe(n_process=N)` starts N worker processes that wait on a queue for texts; when their parent is
killed (`kill -9`, the out-of-memory killer) nobody closes that queue, and each worker (~400 MB with its model)
waits on for minutes. The first component of newstrace's pipeline therefore arms, once in each worker process,
the kernel's parent-death signal (Linux `prctl(PR_SET_PDEATHSIG, SIGKILL)`), and leaves at once if the parent is
already gone. In the process that runs newstrace itself it does nothing.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys

COMPONENT = "newstrace_orphan_guard"
PR_SET_PDEATHSIG = 1
_armed_in: int | None = None  # the pid this process armed itself in (a forked child inherits the parent's value)


def arm() -> None:
    """In a worker process: be killed when the parent dies; exit now if it already has."""
    global _armed_in
    if _armed_in == os.getpid():
        return
    _armed_in = os.getpid()
    parent = multiprocessing.parent_process()
    if parent is None:  # the main process: its own parent's death is not ours to follow
        return
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):  # no prctl: the check below still catches a parent gone at start
            pass
    if os.getppid() != parent.pid:  # the parent died before the signal was armed
        os._exit(1)


def orphan_guard(doc):
    arm()
    return doc
