"""Thread-safe run controls (pause, resume, single step, stop), checked by the trainer between batches."""
from __future__ import annotations

import threading


class TrainingControl:
    """Shared between the thread that trains and the thread that presses the buttons.

    The trainer calls :meth:`wait_for_permission` before every batch. While paused it blocks there
    until :meth:`resume`, :meth:`step` (exactly one more batch, then paused again) or :meth:`stop`.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._paused = False
        self._stop = False
        self._steps_granted = 0
        self._wakes = 0
        self._resumes = 0   # resume() calls: a waiting trainer sees one even when a pause followed at once

    # -------------------------------------------------------------- buttons
    def pause(self) -> None:
        with self._cond:
            self._paused = True
            self._steps_granted = 0
            self._cond.notify_all()

    def resume(self) -> None:
        with self._cond:
            self._paused = False
            self._resumes += 1
            self._cond.notify_all()

    def step(self, batches: int = 1) -> None:
        """Run exactly ``batches`` more batches, then stay paused (pauses first if running)."""
        with self._cond:
            self._paused = True
            self._steps_granted += int(batches)
            self._cond.notify_all()

    def stop(self) -> None:
        with self._cond:
            self._stop = True
            self._cond.notify_all()

    def wake(self) -> None:
        """End a :meth:`nap` early (its caller looks again, e.g. at a changed pace)."""
        with self._cond:
            self._wakes += 1
            self._cond.notify_all()

    # -------------------------------------------------------------- state
    @property
    def paused(self) -> bool:
        return self._paused and self._steps_granted == 0

    @property
    def held(self) -> bool:
        """Paused, or stepping: the trainer runs only the batches :meth:`step` granted."""
        return self._paused

    @property
    def stop_requested(self) -> bool:
        return self._stop

    # -------------------------------------------------------------- trainer side
    def wait_for_permission(self, timeout: float | None = None, announced: bool = True) -> bool | None:
        """Block while paused; return True to train the next batch, False when a stop was requested (or the
        timeout ran out). None asks the trainer to announce a pause (its "paused" event) and call again with
        ``announced=True``: at once when paused and ``announced`` is False, and when a resume came and a pause
        right after it while this thread waited (a quick double press: the window took the run for resumed)."""
        if not (self._paused or self._stop):  # the common case, every batch of a running run: no lock needed
            return True                       # (a pause or stop asked for meanwhile holds from the next batch)
        with self._cond:
            if self._stop:
                return False
            if self._paused and self._steps_granted == 0 and not announced:
                return None
            resumes = self._resumes
            ok = self._cond.wait_for(lambda: self._stop or not self._paused or self._steps_granted > 0
                                     or self._resumes != resumes, timeout)
            if self._stop or not ok:
                return False
            if self._paused and self._steps_granted == 0:
                return None
            if self._paused:
                self._steps_granted -= 1
            return True

    def nap(self, seconds: float) -> bool:
        """Wait up to ``seconds`` between batches (a paced run); True when the time ran out or
        :meth:`wake` was called, False at once when a pause or stop was asked for."""
        with self._cond:
            wakes = self._wakes
            self._cond.wait_for(lambda: self._stop or self._paused or self._wakes != wakes, max(0.0, float(seconds)))
            return not (self._stop or self._paused)
