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
  as it is.

``Message(...)`` and ``Term(...)`` calls whose first argument is a string literal are the markers:
``tools/update_translations.py`` collects those literals from every module (it reads the source, so a
template must be one literal, never built at run time), and ``tests/gui/test_catalogue.py`` fails when
one has no Korean translation.

An exception carries a message as its only argument (``SpecError``, ``DataError``, ``MessageError``...);
``message_of(exc)`` gets it back.
"""
from __future__ import annotations

import errno
from typing import Any

#: the translation context of every template and term
CONTEXT = "Messages"


class Term(str):
    """A word or phrase, used as a message argument, that the GUI translates (``Term("units")``)."""

    __slots__ = ()


class Message(str):
    """English text made from ``template`` and ``args``; see the module docstring."""

    template: str
    args: dict[str, Any]

    def __new__(cls, template: str, /, **args: Any) -> Message:
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
    return str(exc)


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


__all__ = ["CONTEXT", "OS_REASONS", "Message", "MessageError", "Term", "joined", "message_of", "os_reason", "quoted"]
