"""Numeric fields: one widget for every number a learner types (learning rate, batch size, epochs, β, units,
rates, …) in the toolbar, the Training tab and the inspector.

``NumberField`` takes the setting's valid range from ``spec`` (``spec/ranges.py`` for training settings,
``layer_kinds.Param`` for a layer's), so it accepts exactly what the project file and the run accept:

- what is typed stays as typed (no completion, no rounding, no clamping) until Enter, Tab or a click
  elsewhere; then it is either taken (``valueChanged``) or visibly refused: the field turns red and its
  message label says why (“Learning rate must be greater than 0 and at most 10.”). Nothing is stored.
- a refused text stays while the field has the focus, so it can be corrected; Esc or leaving the field puts
  back the value in use (what is stored, what trains) and the message stays, saying what was not applied.
- Play and Step first apply what the fields show (``settle_fields``): a valid typed value is taken, a
  refused one stops the start with the reason, so a run never trains something other than what is shown.
- the arrows, the Up/Down keys and (focused only) the wheel step within the range; ``ladder`` makes them
  walk fixed values (the Playground's 0.001, 0.003, 0.01, …).
- ``setValue`` from the document shows the stored value as it is, even one outside the range (a layer
  setting from a file, which the stack marks as a problem): the field is then marked invalid with the reason.
- the wheel steps only a focused field; over an unfocused one it scrolls the page (``gui/wheel_guard.py``).
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent, QPalette, QValidator, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QSizePolicy,
    QToolTip,
    QWidget,
)

from ..particles import with_particles
from ..spec.ranges import LEARNING_RATE, Range
from ..typed_numbers import one_number, plain
from .wheel_guard import scroll_page

REFUSED_TEXT = QColor("#c62828")
REFUSED_BASE = QColor("#ffebee")
_NUMBER_CHARS = set("0123456789+-.,eE _%/")   # "/": a fraction, 1/2, as the labs' quizzes take it


def format_number(value: float | int, integer: bool = False) -> str:
    """How a field shows a number: ``0.05``, ``1e-05``, ``300`` (as a learner types them)."""
    if integer:
        return str(int(value))
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:g}"


def range_of(param) -> Range:
    """The valid range of a layer parameter (``layer_kinds.Param``), as a ``Range``."""
    return Range(param.low, param.high, param.low_open, param.high_open, integer=param.type == "int")



class FieldMessage(QLabel):
    """Where a field says why a value was refused (red, word-wrapped, hidden when there is nothing to say)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toolbar_action: QAction | None = None   # set when the label sits in a tool bar (shown through it)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {REFUSED_TEXT.name()};")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        if self.toolbar_action is not None:
            self.toolbar_action.setVisible(bool(text))
        else:
            self.setVisible(bool(text))


class NumberField(QAbstractSpinBox):
    """A number with a valid range (see the module docstring). ``label`` names the setting in messages;
    ``scale``/``suffix`` show it in other units (validation split: ``scale=100, suffix=" %"``: the field
    and ``value()`` are in percent, the range in fractions). ``live``: a valid number is taken at every
    keystroke (the inspector's fields; the edits merge into one undo step), an invalid one on Enter is
    refused as usual. ``fits``: a text the field is wide enough to show."""

    valueChanged = Signal(object)   # the value taken (int for integer fields), in the field's units
    sigRefused = Signal(str)        # why a typed value was not taken
    sigRefusalCleared = Signal()    # a refused value is no longer shown (taken, reverted or typed over)

    def __init__(self, valid: Range, label: str | Callable[[], str], parent: QWidget | None = None, *,
                 step: float = 1.0, ladder: Sequence[float] = (), scale: float = 1.0, suffix: str = "",
                 message: FieldMessage | None = None, live: bool = False, fits: str = "") -> None:
        super().__init__(parent)
        self.valid, self._label, self.step, self.ladder = valid, label, step, tuple(ladder)
        self.scale, self.suffix, self.live = scale, suffix, live
        self._fits = fits or ("1000000" if valid.integer else "0.00001") + suffix
        self.integer = valid.integer
        self.message = message if message is not None else FieldMessage(parent)
        self._value: float | int | None = None
        self._refused = ""         # the reason the text shown is refused ("" when it is not)
        self._tip = ""
        self._letter_said = ""     # the message about a letter typed, while it is shown
        self.typing = False        # a live field's number is being typed (taken at each key, not finished)
        self._before_typing: float | int | None = None   # a live field's value when the typing began
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)   # the wheel does not take the focus
        self.lineEdit().textEdited.connect(self._on_text_edited)

    # ------------------------------------------------------------------ QSpinBox-like API
    def value(self) -> float | int | None:
        return self._value

    def setValue(self, value: float | int) -> None:
        """Show ``value`` as it is (no clamping); ``valueChanged`` when it differs from the value shown."""
        value = int(value) if self.integer and float(value).is_integer() else value
        self._before_typing = None
        changed = value != self._value
        self._value = value
        self._show_value()
        problem = self.problem(value)
        self._mark(problem or "")
        if changed and not problem:
            self.message.say("")
        if changed:
            self.valueChanged.emit(value)

    def minimum(self) -> float | None:
        return None if self.valid.low is None else self.valid.low * self.scale

    def maximum(self) -> float | None:
        return None if self.valid.high is None else self.valid.high * self.scale

    def setToolTip(self, text: str) -> None:
        self._tip = text
        super().setToolTip(self._refused or text)

    def label(self) -> str:
        return self._label() if callable(self._label) else self._label

    def is_refused(self) -> bool:
        """Whether the field shows a refused value (red)."""
        return bool(self._refused)

    def has_pending_text(self) -> bool:
        """Whether the text shown is not the value in use (typed, not yet applied)."""
        return self.lineEdit().text() != self._text_of(self._value)

    # ------------------------------------------------------------------ checking
    def problem(self, value: float | int | None) -> str | None:
        """Why ``value`` (in the field's units) is not valid, translated; ``None`` when it is."""
        if value is None:
            return None
        stored = value / self.scale if self.scale != 1 else value
        if self.integer and isinstance(stored, float) and stored.is_integer():
            stored = int(stored)
        if self.valid.contains(stored):
            return None
        return self.rule_text()

    def rule_text(self) -> str:
        """“Learning rate must be greater than 0 and at most 10.”"""
        v, name = self.valid, self.label()
        low = None if v.low is None else self._text_of(v.low * self.scale)
        high = None if v.high is None else self._text_of(v.high * self.scale)
        if low is not None and high is not None:
            if not v.low_open and not v.high_open:
                text = (QCoreApplication.translate("NumberField", "{0} must be a whole number from {1} to {2}.")
                        if v.integer else QCoreApplication.translate("NumberField", "{0} must be between {1} and {2}."))
            elif v.low_open and v.high_open:
                text = QCoreApplication.translate("NumberField", "{0} must be greater than {1} and less than {2}.")
            elif v.low_open:
                text = QCoreApplication.translate("NumberField", "{0} must be greater than {1} and at most {2}.")
            else:
                text = QCoreApplication.translate("NumberField", "{0} must be at least {1} and less than {2}.")
            return text.format(name, low, high)
        if low is not None:
            if v.low_open:
                text = QCoreApplication.translate("NumberField", "{0} must be greater than {1}.")
            elif v.integer:
                text = QCoreApplication.translate("NumberField", "{0} must be a whole number of at least {1}.")
            else:
                text = QCoreApplication.translate("NumberField", "{0} must be at least {1}.")
            return text.format(name, low)
        if high is not None:
            return QCoreApplication.translate("NumberField", "{0} must be at most {1}.").format(name, high)
        if v.integer:
            return QCoreApplication.translate("NumberField", "{0} must be a whole number.").format(name)
        return QCoreApplication.translate("NumberField", "{0} must be a number.").format(name)

    def parse(self, text: str) -> float | int | None:
        """The number in ``text`` (in the field's units), or ``None`` (not a number, or none a float holds:
        ``1e400``, ``inf``)."""
        number = self._read(text)
        return number if number is None or math.isfinite(number) else None

    def _read(self, text: str) -> float | int | None:
        """The number ``text`` spells, infinities included (``1e400`` reads as ``inf``), or ``None``. A minus
        pasted from a PDF (−) and full-width digits read as typed on an ASCII keyboard (``typed_numbers``)."""
        text = plain(text).strip()
        if self.suffix.strip() and text.endswith(self.suffix.strip()):
            text = text[: -len(self.suffix.strip())].strip()
        text = text.replace(" ", "").replace("_", "")
        if self.integer:
            text = text.replace(",", "")   # 1,000
            try:
                return int(text)
            except ValueError:
                try:
                    number = float(text)
                except ValueError:
                    return None
                return int(number) if number.is_integer() else number   # 2.5: refused as not whole
        text = one_number(text).replace(",", ".")   # 1,000 and 12,345.5; 0,7 (a decimal comma)
        top, slash, bottom = text.partition("/")
        if slash:   # 1/2 (was typed as 12: the "/" was dropped without a word)
            try:
                numerator, denominator = float(top), float(bottom)
            except ValueError:
                return None
            return numerator / denominator if denominator else None
        try:
            return float(text)
        except ValueError:
            return None

    # ------------------------------------------------------------------ applying and refusing
    def commit(self) -> bool:
        """Apply the text shown: take it (``valueChanged``) or refuse it (red, message). True when the field
        holds a valid value afterwards."""
        self.typing = False
        text = self.lineEdit().text()
        if not self.has_pending_text():
            self._before_typing = None   # what was typed is the value in use: taken
            if not self.problem(self._value):
                self._mark("")
            if self._letter_said and self.message.text() == self._letter_said:
                self.message.say("")     # the letter was not taken: nothing is left to say about it
            self._letter_said = ""
            return not self._refused
        number = self.parse(text)
        if number is None:
            read = self._read(text)
            too_large = read is not None and math.isinf(read) and any(c.isdigit() for c in text)   # 1e400
            reason = (QCoreApplication.translate("NumberField", "“{0}” is too large for a number here. {1}") if too_large
                      else QCoreApplication.translate("NumberField", "“{0}” is not a number. {1}"))
            reason = with_particles(reason.format(text.strip(), self.rule_text()))
        elif self.integer and not isinstance(number, int):
            reason = self.rule_text()
        else:
            reason = self.problem(number) or ""
        if reason:
            self._undo_typing()
            self._mark(reason)
            self.message.say(reason)
            if self.isVisible() and self.message.parentWidget() is not self.parentWidget():
                # the message is elsewhere (the toolbar's is in the status bar): say it at the field too
                QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), reason, self)
            self.sigRefused.emit(reason)
            return False
        self.message.say("")
        self.setValue(number)
        return True

    def forget_message(self) -> None:
        """Drop what was said about a typed value: the field shows another thing now (another layer)."""
        self.message.say("")
        self._mark(self.problem(self._value) or "")

    def revert(self) -> None:
        """Put back the value in use; a refusal's message stays, saying what was not applied."""
        if self._refused and self.has_pending_text():
            text = QCoreApplication.translate("NumberField", "“{0}” was not applied. {1}")
            self.message.say(with_particles(text.format(self.lineEdit().text().strip(), self._refused)))
        self._undo_typing()
        self._show_value()
        self._mark(self.problem(self._value) or "")

    def _undo_typing(self) -> None:
        """A live field's typing ended refused or cancelled: the value before it is in use again. ("1.5" typed
        over 4 units took the "1" at the first key; refused, it left a 1-unit layer under "was not applied".)"""
        before, self._before_typing = self._before_typing, None
        if self.live and before is not None and before != self._value:
            self._value = before
            self.valueChanged.emit(before)

    def _show_value(self) -> None:
        text = self._text_of(self._value)
        if self.lineEdit().text() != text:
            self.lineEdit().setText(text)

    def _text_of(self, value: float | int | None) -> str:
        if value is None:
            return ""
        return format_number(value, self.integer) + self.suffix

    def _mark(self, reason: str) -> None:
        if reason == self._refused:
            return
        cleared = bool(self._refused) and not reason
        self._refused = reason
        self.setProperty("refused", bool(reason))
        edit = self.lineEdit()
        palette = QApplication.palette(edit)
        if reason:
            palette.setColor(QPalette.ColorRole.Base, REFUSED_BASE)
            palette.setColor(QPalette.ColorRole.Text, REFUSED_TEXT)
        edit.setPalette(palette)
        super().setToolTip(reason or self._tip)
        self.update()
        if cleared:
            self.sigRefusalCleared.emit()

    def _on_text_edited(self, text: str) -> None:
        if self._refused:   # typing again: no longer the refused text; judged again on Enter
            self._mark("")
        if self.live:   # take a valid number now, keep the text as typed ("0." stays "0.")
            if not self.typing:
                self._before_typing = self._value
            self.typing = True
            number = self.parse(text)
            if number is not None and not (self.integer and not isinstance(number, int)) and not self.problem(number):
                if number != self._value:
                    self._value = number
                    self.message.say("")
                    self.valueChanged.emit(number)

    def sizeHint(self):
        hint = super().sizeHint()
        hint.setWidth(max(hint.width(), self.fontMetrics().horizontalAdvance(self._fits) + 36))
        return hint

    def minimumSizeHint(self):
        hint = super().minimumSizeHint()
        hint.setWidth(max(hint.width(), self.fontMetrics().horizontalAdvance(self._fits[:6]) + 36))
        return hint

    # ------------------------------------------------------------------ Qt
    def _typable(self, text: str) -> bool:
        """Whether every character of ``text`` can be part of a number here (a pasted − or full-width digits
        too: ``typed_numbers``)."""
        return all(ch in _NUMBER_CHARS or ch in self.suffix or plain(ch) in _NUMBER_CHARS for ch in text)

    def validate(self, text: str, pos: int) -> object:
        # Only characters a number can have; everything else is judged (and explained) on Enter.
        return (QValidator.State.Intermediate if self._typable(text) else QValidator.State.Invalid, text, pos)

    def fixup(self, text: str) -> str:
        return text

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
            self.lineEdit().selectAll()
            self.editingFinished.emit()
            event.accept()
            return
        if key == Qt.Key.Key_Escape and (self.has_pending_text() or self._refused):
            self.revert()
            event.accept()
            return
        typed = event.text()
        if typed and typed.isprintable() and not self._typable(typed) and not (
                event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier)):
            # a letter is never taken: say so, instead of a key that does nothing without a word
            self._letter_said = with_particles(QCoreApplication.translate(
                "NumberField", "“{0}” cannot be typed here: only a number. {1}").format(typed, self.rule_text()))
            self.message.say(self._letter_said)
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        if not self.commit():
            self.revert()
        super().focusOutEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)   # a focused field steps its value
        else:
            scroll_page(self, event)    # else the page scrolls (no change, no undo entry)
            event.accept()

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        if self._value is None or not self.isEnabled():
            return QAbstractSpinBox.StepEnabledFlag.StepNone
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self._stepped(1) is not None:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        if self._stepped(-1) is not None:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return flags

    def stepBy(self, steps: int) -> None:
        self.typing = False
        if self.has_pending_text() and not self.commit():
            return
        self._before_typing = None
        value = self._value
        for _ in range(abs(steps)):
            nxt = self._stepped(1 if steps > 0 else -1, value)
            if nxt is None:
                break
            value = nxt
        if value is not None and value != self._value:
            self.setValue(value)
        self.lineEdit().selectAll()

    def _stepped(self, direction: int, value: float | int | None = None) -> float | int | None:
        """The value one step from ``value`` (default: the current one), or ``None`` at the end of the range."""
        value = self._value if value is None else value
        if value is None:
            return None
        if self.ladder:
            rungs = [v * self.scale for v in self.ladder]
            if direction > 0:
                nxt = next((v for v in rungs if v > value * (1 + 1e-9) + 1e-300), None)
            else:
                nxt = next((v for v in reversed(rungs) if v < value * (1 - 1e-9)), None)
        else:
            nxt = value + direction * self.step
            if self.integer:
                nxt = int(round(nxt))
            else:
                nxt = round(nxt, 10)
            if self.problem(nxt):   # past a bound: stop at a closed bound, else stay
                bound = self.valid.high if direction > 0 else self.valid.low
                closed = not (self.valid.high_open if direction > 0 else self.valid.low_open)
                if bound is None or not closed:
                    return None
                nxt = bound * self.scale
                nxt = int(nxt) if self.integer else nxt
                if nxt == value:
                    return None
        if nxt is None or self.problem(nxt):
            return None
        return nxt


def settle_fields(root: QWidget) -> list[str]:
    """Apply the typed, not yet applied text of every ``NumberField`` under ``root`` (before Play or Step).
    Returns the reasons of the ones refused (empty: everything shown is what is stored)."""
    return [field._refused for field in refused_fields(root)]


def refused_fields(root: QWidget) -> list[NumberField]:
    """``settle_fields``, returning the fields that refused their text."""
    return [field for field in root.findChildren(NumberField) if field.has_pending_text() and not field.commit()]


LEARNING_RATE_LADDER = (1e-5, 3e-5, 1e-4, 3e-4, 1e-3, 3e-3, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
"""The learning rates the arrows walk, as the TensorFlow Playground offers them (any other can be typed)."""


class LearningRateBox(NumberField):
    """The learning-rate field (toolbar and Training tab): ``spec.ranges.LEARNING_RATE``, the 1-3-10 ladder."""

    def __init__(self, parent: QWidget | None = None, message: FieldMessage | None = None) -> None:
        super().__init__(LEARNING_RATE, lambda: QCoreApplication.translate("NumberField", "Learning rate"), parent,
                         ladder=LEARNING_RATE_LADDER, message=message, fits="0.00003")
