#!/usr/bin/env python3
"""Update the translation catalogues from the GUI's source and compile them.

    python tools/update_translations.py            # lupdate + fill English + lrelease
    python tools/update_translations.py --check    # also fail when a Korean message is unfinished

1. ``pyside6-lupdate`` reads every ``tr()``/``translate()`` string in ``annstudio/gui/**/*.py`` into
   ``resources/translations/annstudio_ko.ts`` and ``annstudio_en.ts`` (existing translations are kept;
   strings that vanished from the code are dropped), the ``QT_TRANSLATE_NOOP`` strings of ``MARKED``, and
   every message template and term of the layers below the GUI (``Message("...")`` / ``Term("...")``
   calls with a literal, see ``annstudio/messages.py``; context ``"Messages"``).
2. English is the source language, so ``annstudio_en.ts`` gets each source text as its translation.
3. ``pyside6-lrelease`` compiles both into ``.qm`` files, which the app loads (``annstudio/gui/i18n.py``).

Korean translations are written in ``annstudio_ko.ts`` (Qt Linguist, or any text editor), using the
terms of shared/GLOSSARY.md. New strings show up there as ``type="unfinished"``; ``--check`` lists them.
"""
from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "annstudio" / "gui"
#: plain-data modules below the GUI whose strings are marked with QT_TRANSLATE_NOOP (no Qt import there)
MARKED = [ROOT / "annstudio" / "data" / "texts.py"]
OUT = ROOT / "resources" / "translations"
LANGUAGES = {"ko": "ko_KR", "en": "en_US"}
#: the context of the templates and terms of annstudio/messages.py
MESSAGES_CONTEXT = "Messages"
_MARKERS = ("Message", "Term")


def message_templates() -> dict[str, str]:
    """``{template or term: "file:line"}`` of every ``Message("...")``/``Term("...")`` call with a string
    literal in the package outside ``gui/`` (the GUI translates its own strings with ``tr``)."""
    out: dict[str, str] = {}
    package = ROOT / "annstudio"
    for path in sorted(package.rglob("*.py")):
        if SOURCES in path.parents:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            first = node.args[0]
            if name in _MARKERS and isinstance(first, ast.Constant) and isinstance(first.value, str):
                out.setdefault(first.value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return out


def write_message_markers(folder: Path) -> Path:
    """A Python file lupdate reads: one ``QT_TRANSLATE_NOOP("Messages", ...)`` per template and term."""
    path = folder / "annstudio_messages.py"
    lines = [f"QT_TRANSLATE_NOOP({json.dumps(MESSAGES_CONTEXT)}, {json.dumps(text, ensure_ascii=False)})  # {where}"
             for text, where in message_templates().items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found on PATH (it comes with PySide6: pip install PySide6)")
    return found


# A module-level helper ``def tr(text): return QCoreApplication.translate("Ctx", text)`` gives its strings
# the context "Ctx" at run time, but lupdate files calls of such a helper under the empty context.
_HELPER = re.compile(r"def tr\([^)]*\)[^:]*:\s*\n\s*return\s+(?:QCoreApplication\.)?translate\(\s*[\"'](\w+)[\"']")


# ``tr = QCoreApplication.translate`` then ``tr("Ctx", "text")``: lupdate reads that as tr(source, comment).
_ALIAS = re.compile(r"^\s*tr\s*=\s*(?:QCoreApplication\.)?translate\s*$", re.MULTILINE)


def alias_files() -> set[str]:
    return {p.name for p in SOURCES.rglob("*.py") if _ALIAS.search(p.read_text(encoding="utf-8"))}


def helper_contexts() -> dict[str, str]:
    """``{file name: context}`` for modules that translate through such a helper."""
    out = {}
    for path in SOURCES.rglob("*.py"):
        match = _HELPER.search(path.read_text(encoding="utf-8"))
        if match:
            out[path.name] = match.group(1)
    return out


def known_translations(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """Finished translations already in ``ts``, by (context, source)."""
    if not ts.is_file():
        return {}
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None:
                out[(name, message.findtext("source") or "")] = translation
    return out


def lupdate(language: str) -> Path:
    ts = OUT / f"annstudio_{language}.ts"
    known = known_translations(ts)
    files = sorted(str(p.relative_to(ROOT)) for p in [*SOURCES.rglob("*.py"), *MARKED])
    with tempfile.TemporaryDirectory() as scratch:
        markers = write_message_markers(Path(scratch))
        subprocess.run([tool("pyside6-lupdate"), *files, str(markers), "-no-obsolete", "-locations", "absolute",
                        "-target-language", LANGUAGES[language], "-ts", str(ts)],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)

    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.findall("context")}
    helpers = helper_contexts()
    aliases = alias_files()
    empty = contexts.get("")
    if empty is not None:  # move helper strings to their run-time context
        for message in list(empty.findall("message")):
            location = message.find("location")
            filename = Path(location.get("filename", "")).name if location is not None else ""
            comment = message.find("comment")
            if filename in aliases and comment is not None and re.fullmatch(r"\w+", message.findtext("source") or ""):
                target = message.findtext("source")
                message.find("source").text = comment.text
                message.remove(comment)
            else:
                target = helpers.get(filename)
            if target is None:
                continue
            empty.remove(message)
            if target not in contexts:
                contexts[target] = ET.SubElement(root, "context")
                ET.SubElement(contexts[target], "name").text = target
            if not any(m.findtext("source") == message.findtext("source") for m in contexts[target].iter("message")):
                contexts[target].append(message)
        if not empty.findall("message"):
            root.remove(empty)
    for context in root.findall("context"):  # bring back translations lost by a move
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            for location in message.findall("location"):
                message.remove(location)  # line numbers only make diffs noisy
            old = known.get((name, message.findtext("source") or ""))
            translation = message.find("translation")
            if old is not None and (translation is None or translation.get("type") is not None):
                if translation is not None:
                    message.remove(translation)
                message.append(old)
    write_ts(tree, ts)
    return ts


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """``(context, source)`` of every message without a finished, non-empty translation."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform") if translation is not None else []
            texts = [f.text for f in forms] if forms else [translation.text if translation is not None else None]
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished") \
                    or not all(t and t.strip() for t in texts):
                out.append((name, message.findtext("source")))
    return out


def fill_english(ts: Path) -> None:
    """English translation = the source text (plural messages get singular and plural forms)."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for text in (source.replace("(s)", ""), source.replace("(s)", "s")):
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = source
    write_ts(tree, ts)


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def lrelease(ts: Path) -> Path:
    """Compile ``ts`` into its ``.qm``, written beside it and then renamed into place: a running app maps
    the old file into memory (QTranslator), and rewriting it in place crashed such an app (segfault in
    QtCore) the next time it looked up a text."""
    qm = ts.with_suffix(".qm")
    fresh = qm.with_name(qm.name + ".new")
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(fresh)], check=True, stdout=subprocess.DEVNULL)
    os.replace(fresh, qm)
    return qm


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when a Korean message is unfinished")
    parser.add_argument("--no-update", action="store_true", help="only compile (no lupdate)")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = OUT / f"annstudio_{language}.ts" if args.no_update else lupdate(language)
        if language == "en":
            fill_english(ts)
        qm = lrelease(ts)
        missing = unfinished(ts)
        print(f"{ts.name}: {len(missing)} unfinished -> {qm.name}")
        if language == "ko" and missing:
            for context, source in missing[:50]:
                print(f"  [{context}] {source!r}")
            if args.check:
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
