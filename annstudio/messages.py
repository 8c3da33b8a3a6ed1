"""Messages for the learner that the GUI can translate: an English template with named arguments.

The layers below the GUI (``spec``, ``data``, ``project``, ``io``) import no Qt, yet their validation and
error messages reach the Korean UI. They write each message as ``Message("template {name!r}", name=...)``:

- ``Message`` is a ``str``: it *is* the English text (``template.format(**args)``), so the CLI, logs and
  every caller that treats it as text keep working unchanged;
- it also keeps ``template`` and ``args``, so the GUI renders it in the UI language
  (``annstudio.gui.i18n.render``): the template is looked up in the context ``"Messages"`` of the
  translation catalogue, then filled with the arguments;
- an argument that is itself a ``Message`` is rendered the same way (a message wrapping another one);
  an argument that is a ``Term`` (a word such as a setting's name or a rule, "a positive integer") is
  translated too; every other argument (numbers, layer names, file names, Keras identifiers) is shown
  as it is, except that a long one is shortened (``short``): a message never echoes more than about
  ``QUOTE_LIMIT`` characters of a value a stranger's file put there (a 100 KB CSV field, a layer name
  of 64 KB), whether the template shows it with ``{value}`` or ``{value!r}``.

``Message(...)`` and ``Term(...)`` calls whose first argument is a string literal are the markers:
``tools/update_translations.py`` collects those literals from every module (it reads the source, so a
template must be one literal, never built at run time), and ``tests/gui/test_catalogue.py`` fails when
one has no Korean translation.

An exception carries a message as its only argument (``SpecError``, ``DataError``, ``MessageError``...);
``message_of(exc)`` gets it back.
"""
from __future__ import annotations

import errno
import re
import string
from typing import Any

#: the translation context of every template and term
CONTEXT = "Messages"


class Term(str):
    """A word or phrase, used as a message argument, that the GUI translates (``Term("units")``)."""

    __slots__ = ()


#: how many characters of one value a message quotes at most (longer ones keep their start and end):
#: ``QUOTE_LIMIT`` for a value shown with ``!r`` (what a file holds: a CSV field, a setting's value),
#: ``TEXT_LIMIT`` for one shown as text (lists of accepted names, paths, another error's text)
QUOTE_LIMIT = 80
TEXT_LIMIT = 300


class Short(str):
    """A value shortened for quoting: ``str()`` gives its clipped text, ``repr()`` its clipped repr
    (``'zzzz…zzzz'`` for a string), each at most ``QUOTE_LIMIT`` characters plus the quotes."""

    __slots__ = ("_repr",)
    _repr: str

    def __new__(cls, text: str, repr_text: str) -> Short:
        self = super().__new__(cls, text)
        self._repr = repr_text
        return self

    def __repr__(self) -> str:
        return self._repr

    def __reduce__(self) -> tuple[Any, ...]:
        return Short, (str(self), self._repr)


def _clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    head = (limit * 2) // 3
    return f"{text[:head]}…{text[len(text) - (limit - head - 1):]}"


def _too_long(value: Any, limit: int) -> bool:
    if isinstance(value, str):
        return len(value) > limit
    if isinstance(value, (bool, float, type(None))):
        return False
    if isinstance(value, int):
        return value.bit_length() > limit * 3  # more than ~limit digits
    try:
        return len(repr(value)) > limit
    except ValueError:  # an int too large to print
        return True


def short(value: Any, limit: int = QUOTE_LIMIT) -> Any:
    """``value`` itself when it prints in at most ``limit`` characters, else a ``Short`` that quotes its
    start and end around "…" (one helper for every message that quotes what a user's file holds)."""
    if isinstance(value, (Message, Term, Short)) or not _too_long(value, limit):
        return value
    if isinstance(value, str):
        text = _clip(value, limit)
        return Short(text, repr(text))
    if isinstance(value, int):
        digits = value.bit_length() * 30103 // 100000 + 1
        text = f"an integer of about {digits} digits"
        return Short(text, text)
    text = _clip(repr(value), limit)
    return Short(text, text)


def _repr_fields(template: str) -> set[str]:
    """The names a template shows with ``!r``."""
    try:
        return {name for _, name, _, conversion in string.Formatter().parse(template) if name and conversion == "r"}
    except ValueError:
        return set()


class Message(str):
    """English text made from ``template`` and ``args``; see the module docstring."""

    template: str
    args: dict[str, Any]

    def __new__(cls, template: str, /, **args: Any) -> Message:
        quoted_keys = _repr_fields(template)
        args = {key: short(value, QUOTE_LIMIT if key in quoted_keys else TEXT_LIMIT) for key, value in args.items()}
        self = super().__new__(cls, template.format(**args))
        self.template = template
        self.args = args
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuild, (self.template, self.args)

    def __repr__(self) -> str:
        return f"Message({str.__repr__(self)})"


def _rebuild(template: str, args: dict[str, Any]) -> Message:
    return Message(template, **args)


class MessageError(ValueError):
    """A ``ValueError`` whose text is a ``Message`` (for code that raised a plain ``ValueError``)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def message_of(exc: BaseException) -> str:
    """The message an exception carries: a ``Message`` when it was raised with one, else ``str(exc)``."""
    message = getattr(exc, "message", None)
    if isinstance(message, Message) and str(exc) == message:
        return message
    if len(exc.args) == 1 and isinstance(exc.args[0], Message):
        return exc.args[0]
    return _ANSI_CODES.sub("", str(exc))


#: terminal colour and bold codes, which Keras puts in its exceptions' text ("\x1b[1m...\x1b[0m"): shown in
#: the window or a log they are noise around the words
_ANSI_CODES = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


#: the operating system's reasons a learner meets, in the system's own English (glibc's wording, so the
#: English text is unchanged), as words the GUI translates; chosen by errno, not by the text
OS_REASONS: dict[int, Term] = {
    errno.ENOENT: Term("No such file or directory"),
    errno.EACCES: Term("Permission denied"),
    errno.EPERM: Term("Operation not permitted"),
    errno.EISDIR: Term("Is a directory"),
    errno.ENOTDIR: Term("Not a directory"),
    errno.ENOSPC: Term("No space left on device"),
    errno.EROFS: Term("Read-only file system"),
    errno.EEXIST: Term("File exists"),
    errno.ENAMETOOLONG: Term("File name too long"),
}


def os_reason(exc: OSError) -> str:
    """Why an operating-system call failed: a translatable ``Term`` for the usual reasons, else the
    system's own text (``strerror``)."""
    if exc.errno in OS_REASONS:
        return OS_REASONS[exc.errno]
    return exc.strerror or str(exc)


def joined(items: Any, sep: str = ", ") -> str:

    """``", ".join(map(str, items))`` — a list of names or values inside a message (not translated)."""
    return sep.join(str(item) for item in items)


def quoted(items: Any, sep: str = ", ") -> str:
    """``", ".join(map(repr, items))``."""
    return sep.join(repr(item) for item in items)


__all__ = ["CONTEXT", "OS_REASONS", "QUOTE_LIMIT", "TEXT_LIMIT", "Message", "MessageError", "Short", "Term", "joined",
           "message_of", "os_reason", "quoted", "short"]
