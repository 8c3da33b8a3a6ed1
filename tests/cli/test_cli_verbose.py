"""``annstudio train --verbose 0|1|2`` (Keras' fit verbosity): a compact bar on a terminal, one line per
epoch in a file or pipe, and never carriage returns into a file."""
from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios

import pytest

from annstudio.resources import resource_path

XOR = str(resource_path("examples", "xor_mlp.annproj"))   # 300 epochs


def run_piped(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "annstudio", "train", XOR, *args], capture_output=True, text=True,
                          timeout=600)


def run_on_a_terminal(*args: str) -> str:
    """Run with stdout and stderr on a pseudo-terminal (as in a shell); everything it wrote."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))   # 30 rows, 100 columns
    proc = subprocess.Popen([sys.executable, "-m", "annstudio", "train", XOR, *args], stdout=slave, stderr=slave,
                            stdin=subprocess.DEVNULL)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:   # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    assert proc.wait(600) == 0
    return b"".join(chunks).decode("utf-8", "replace")


def epoch_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("Epoch ")]


def test_in_a_pipe_the_default_is_one_line_per_epoch_and_no_bar():
    result = run_piped()
    assert result.returncode == 0, result.stderr
    assert len(epoch_lines(result.stdout)) == 300
    assert epoch_lines(result.stdout)[-1].startswith("Epoch 300/300 - loss: ")
    assert "\r" not in result.stderr and "\r" not in result.stdout
    assert any(line.startswith("final:") for line in result.stdout.splitlines())


@pytest.mark.parametrize("flag", [("--verbose", "0"), ("--quiet",)])
def test_verbose_0_and_quiet_print_no_epochs(flag):
    result = run_piped(*flag)
    assert result.returncode == 0, result.stderr
    assert epoch_lines(result.stdout) == [] and result.stderr == ""
    assert any(line.startswith("final:") for line in result.stdout.splitlines())


def test_verbose_1_into_a_file_writes_lines_not_a_bar():
    result = run_piped("--verbose", "1")
    assert result.returncode == 0, result.stderr
    assert "\r" not in result.stderr and len(epoch_lines(result.stdout)) == 300


def test_on_a_terminal_the_default_is_a_compact_bar():
    text = run_on_a_terminal()
    lines = text.replace("\r\n", "\n").split("\n")
    assert len(lines) < 10, lines   # the header, the final metrics: not a line per epoch
    assert "\r" in text.replace("\r\n", "")   # the bar redraws its line
    assert "Epoch 300/300" in text and "final:" in text


def test_verbose_2_on_a_terminal_is_one_line_per_epoch():
    text = run_on_a_terminal("--verbose", "2")
    assert len(epoch_lines(text.replace("\r\n", "\n"))) == 300
