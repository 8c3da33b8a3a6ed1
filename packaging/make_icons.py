"""Render resources/icons/annstudio.svg to the executables' icons in packaging/icons/ (run when the SVG
changes; the small results are committed): annstudio.png (Linux, 256 px), annstudio.ico (Windows) and
annstudio.icns (macOS), written with Qt (the .ico by hand: 16 to 256 px as PNG entries, which Windows
reads since Vista), so no extra package is needed.

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py
"""
from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parent / "resources" / "icons" / "annstudio.svg"
OUTPUTS = {"annstudio.png": 256, "annstudio.icns": 512}
ICO_SIZES = (16, 32, 48, 256)


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(sizes=ICO_SIZES) -> bytes:
    """An .ico file: ICONDIR, one ICONDIRENTRY per size, then the PNG images (256 is written as 0)."""
    images = [png_bytes(render(size)) for size in sizes]
    offset = 6 + 16 * len(images)
    head = struct.pack("<HHH", 0, 1, len(images))
    entries = b""
    for size, data in zip(sizes, images, strict=True):
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return head + entries + b"".join(images)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - image plugins need it
    out = HERE / "icons"
    out.mkdir(exist_ok=True)
    for name, size in OUTPUTS.items():
        path = out / name
        if not render(size).save(str(path)):
            print(f"make_icons.py: Qt could not write {path.name}", file=sys.stderr)
            return 1
        print(f"{path.relative_to(HERE.parent)}: {size} px, {path.stat().st_size / 1024:.0f} KiB")
    ico = out / "annstudio.ico"
    ico.write_bytes(ico_bytes())
    print(f"{ico.relative_to(HERE.parent)}: {', '.join(map(str, ICO_SIZES))} px, {ico.stat().st_size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
