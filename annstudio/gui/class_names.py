"""Class names as the user reads them: the datasets' English labels through Qt's translation.

The data layer keeps the labels a dataset ships with (Fashion-MNIST's "T-shirt/top", scikit-learn's
"malignant", the toy sets' "class 0"): they are data, and the CLI and saved files use them as they are.
The GUI shows them through :func:`display_class_names`, so a Korean user reads "클래스 0" and "티셔츠/탑".
Labels that are not known here (a CSV file's own labels, iris' species names) are shown unchanged.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: every label a bundled dataset ships that reads differently in another language
KNOWN = (
    # Fashion-MNIST (data/images.py)
    QT_TRANSLATE_NOOP("ClassNames", "T-shirt/top"), QT_TRANSLATE_NOOP("ClassNames", "Trouser"),
    QT_TRANSLATE_NOOP("ClassNames", "Pullover"), QT_TRANSLATE_NOOP("ClassNames", "Dress"),
    QT_TRANSLATE_NOOP("ClassNames", "Coat"), QT_TRANSLATE_NOOP("ClassNames", "Sandal"),
    QT_TRANSLATE_NOOP("ClassNames", "Shirt"), QT_TRANSLATE_NOOP("ClassNames", "Sneaker"),
    QT_TRANSLATE_NOOP("ClassNames", "Bag"), QT_TRANSLATE_NOOP("ClassNames", "Ankle boot"),
    # scikit-learn's breast cancer set, the notes' iris variant (data/bundled.py)
    QT_TRANSLATE_NOOP("ClassNames", "malignant"), QT_TRANSLATE_NOOP("ClassNames", "benign"),
    QT_TRANSLATE_NOOP("ClassNames", "not setosa"),
)
_NUMBERED = re.compile(r"class[ _](\d+)")


def display_class_name(name: object) -> str:
    """``name`` in the user's language: "class 3" and "class_3" become tr("class {0}"), known labels
    their translation, anything else ``str(name)``."""
    text = str(name)
    match = _NUMBERED.fullmatch(text)
    if match:
        return QCoreApplication.translate("ClassNames", "class {0}").format(match.group(1))
    if text in KNOWN:
        return QCoreApplication.translate("ClassNames", text)
    return text


def display_class_names(names: Iterable[object] | None) -> list[str]:
    return [display_class_name(n) for n in names or ()]
