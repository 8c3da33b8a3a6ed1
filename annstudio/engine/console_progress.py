"""Progress of a headless run on the console, as Keras' ``fit(verbose=...)`` shows it.

- ``0``: nothing while training;
- ``1``: a progress bar per epoch (``Epoch 17/300 ━━━━━ 3/4 …``), redrawn on one line of a terminal, so a
  300-epoch run leaves one line, not 300. Like Keras' progress bar when its output is not a terminal,
  the bar is never written to a file or pipe: there it becomes one line per epoch (as ``2``);
- ``2``: one line per epoch (``Epoch 17/300 - loss: 0.6931 - accuracy: 0.5000``).

``auto_verbosity`` is Keras' ``"auto"``: 1 when both stdout and stderr are terminals, 2 otherwise (a log
file gets lines, not carriage returns). Epoch lines go to stdout, the bar to stderr.
"""
from __future__ import annotations

import shutil
import sys
from typing import Any, TextIO

VERBOSITIES = (0, 1, 2)


def is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):   # no isatty, or a closed stream
        return False


def auto_verbosity(stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Keras' ``verbose="auto"`` for a console: the bar on a terminal, one line per epoch otherwise."""
    return 1 if is_terminal(stdout or sys.stdout) and is_terminal(stderr or sys.stderr) else 2


def format_logs(logs: dict[str, float]) -> str:
    return " - ".join(f"{k}: {v:.4f}" for k, v in logs.items())


class ConsoleProgress:
    """Feed it the trainer's events (``update(event)``), then ``close()``."""

    def __init__(self, verbose: int, epochs: int, steps_per_epoch: int, *,
                 out: TextIO | None = None, bar_stream: TextIO | None = None) -> None:
        if verbose not in VERBOSITIES:
            raise ValueError(f"verbose must be 0, 1 or 2, got {verbose!r}")
        self.out = out or sys.stdout
        self.bar_stream = bar_stream or sys.stderr
        if verbose == 1 and not is_terminal(self.bar_stream):
            verbose = 2   # no carriage returns into a file or pipe
        self.verbose, self.epochs, self.steps = verbose, epochs, steps_per_epoch
        self._bar: Any = None
        self._epoch: int | None = None

    def update(self, event: dict[str, Any]) -> None:
        kind = event["event"]
        if kind == "batch_end" and self.verbose == 1:
            bar = self._bar_for(event["epoch"])
            bar.update(1)
            bar.set_postfix_str(f"loss: {event['loss']:.4f}", refresh=False)
        elif kind == "epoch_end":
            text = f"Epoch {event['epoch'] + 1}/{self.epochs}"
            if self.verbose == 2:
                print(f"{text} - {format_logs(event['logs'])}", file=self.out, flush=True)
            elif self.verbose == 1:
                bar = self._bar_for(event["epoch"])
                bar.set_postfix_str(format_logs(event["logs"]), refresh=True)

    def _bar_for(self, epoch: int) -> Any:
        from tqdm import tqdm

        desc = f"Epoch {epoch + 1}/{self.epochs}"
        if self._bar is None:
            # The terminal's size (COLUMNS/LINES, the terminal itself, or 80x24 when it reports none:
            # tqdm draws nothing on a terminal that says it has no rows).
            size = shutil.get_terminal_size((80, 24))
            self._bar = tqdm(total=self.steps, desc=desc, unit="batch", ncols=size.columns, nrows=size.lines,
                             leave=False, file=self.bar_stream,
                             bar_format="{desc} {bar} {n_fmt}/{total_fmt} [{elapsed}{postfix}]")
        elif epoch != self._epoch:
            self._bar.set_description_str(desc, refresh=False)
            self._bar.set_postfix_str("", refresh=False)
            self._bar.reset(total=self.steps)
        self._epoch = epoch
        return self._bar

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()   # leave=False: the bar's line is cleared; the final metrics follow
            self._bar = None
