"""What the command line writes: made safe for a terminal, and a stdout that cannot be written told apart from files.

Names and values stored by older versions may hold control characters (ESC sequences a terminal would execute),
bidi overrides (which reorder the rest of the line) or nothing visible at all. Every line the command line prints
goes through ``SafeStream``, installed once by ``desktop.cli.main``, so no print site can forget it.
"""

from __future__ import annotations

import os
import unicodedata
from typing import Any, TextIO

# Bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069) and the marks (LRM, RLM, ALM).
_BIDI = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C))
_KEPT = frozenset("\n\t")  # the layout of our own output
# Control (C0, DEL, C1), lone surrogates (unprintable), line and paragraph separators (terminals may break there).
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})


def _escape(ch: str) -> str:
    # \uXXXX keeps JSON output valid JSON with the same value (``match --json``); still readable in plain text.
    code = ord(ch)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _unsafe(ch: str) -> bool:
    return ch in _BIDI or (ch not in _KEPT and unicodedata.category(ch) in _UNSAFE_CATEGORIES)


def terminal_safe(text: str) -> str:
    """``text`` with every character a terminal would execute, reorder or choke on shown as a visible escape."""
    if text.isprintable() and not any(ch in _BIDI for ch in text):  # the usual case, quickly
        return text
    return "".join(_escape(ch) if _unsafe(ch) else ch for ch in text)


def visible_name(name: str) -> str:
    """A stored name fit for one line: safe, on one line, and never blank (invisible characters are spelt out)."""
    if not any(_visible(ch) for ch in name):
        return "".join(_escape(ch) for ch in name) or '""'
    return "".join(_escape(ch) if ch in "\n\t" else ch for ch in terminal_safe(name))


def _visible(ch: str) -> bool:
    # Letters, marks, numbers, punctuation, symbols: what leaves ink. Spaces, format and control characters do not.
    return unicodedata.category(ch)[0] in "LMNPS" and not ch.isspace()


class StdoutError(Exception):
    """Standard output could not be written; ``closed`` when the reader went away (``| head``)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error.strerror or str(error))
        self.error = error
        self.closed = isinstance(error, BrokenPipeError)


class SafeStream:
    """A text stream that makes what is written terminal-safe; for stdout, write failures become ``StdoutError``.

    On stderr a failed write is dropped: there is nowhere left to say anything, and the exit code still tells.
    """

    def __init__(self, stream: TextIO, *, is_stdout: bool) -> None:
        self._stream = stream
        self._is_stdout = is_stdout

    def write(self, text: str) -> int:
        try:
            self._stream.write(terminal_safe(text))
        except OSError as error:
            self._failed(error)
        return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as error:
            self._failed(error)

    def _failed(self, error: OSError) -> None:
        if self._is_stdout:
            raise StdoutError(error) from error

    def silence(self) -> None:
        """Send whatever is still buffered, and all later output, nowhere: the reader is gone (Python's recipe,
        https://docs.python.org/3/library/signal.html#note-on-sigpipe), so the exit is quiet."""
        try:
            fd = self._stream.fileno()
        except (OSError, ValueError, AttributeError):  # an in-memory stream (tests): nothing to redirect
            return
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fd)
        os.close(devnull)

    def __getattr__(self, name: str) -> Any:  # encoding, isatty, fileno, buffer…: those of the stream
        return getattr(self._stream, name)
