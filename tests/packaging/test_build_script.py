"""packaging/build.py's arguments, the command and environment it runs PyInstaller with, and its check that
no path of the build machine ships; packaging/smoke.py's and measure.py's arguments. Nothing is built."""
from __future__ import annotations

import struct
import subprocess
from pathlib import Path

import pytest

from tests.packaging.conftest import PACKAGING, ROOT, load_script


@pytest.fixture(scope="module")
def build():
    return load_script("build")


def test_defaults_are_the_lean_bundle_in_the_checkouts_dist(build):
    args = build.parse_args([])
    assert args.variant == "lean" and args.sklearn is False and args.dry_run is False
    assert args.dist == ROOT / "dist" / "lean"


def test_full_includes_scikit_learn_unless_told_not_to(build, tmp_path):
    args = build.parse_args(["--variant", "full", "--dist", str(tmp_path / "out")])
    assert args.variant == "full" and args.sklearn is True and args.dist == tmp_path / "out"
    assert build.parse_args(["--variant", "full", "--no-sklearn"]).sklearn is False
    assert build.parse_args(["--sklearn"]).sklearn is True


def test_a_relative_dist_is_made_absolute(build, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert build.parse_args(["--dist", "here"]).dist == tmp_path / "here"


@pytest.mark.parametrize("argv", [["--variant", "huge"], ["--sklearn", "--no-sklearn"], ["--dist"], ["extra"]])
def test_bad_arguments_exit_2(build, argv, capsys):
    with pytest.raises(SystemExit) as exc:
        build.parse_args(argv)
    assert exc.value.code == 2 and "build.py: error:" in capsys.readouterr().err


def test_the_command_and_environment(build, tmp_path):
    args = build.parse_args(["--variant", "full", "--no-sklearn", "--dist", str(tmp_path)])
    command = build.pyinstaller_command(args, tmp_path / "work")
    assert command[1:3] == ["-m", "PyInstaller"] and command[-1] == str(PACKAGING / "annstudio.spec")
    assert command[command.index("--distpath") + 1] == str(tmp_path)
    assert command[command.index("--workpath") + 1] == str(tmp_path / "work")
    env = build.build_env(args)
    assert env["ANNSTUDIO_BUNDLE_VARIANT"] == "full" and env["ANNSTUDIO_BUNDLE_SKLEARN"] == "0"


def test_dry_run_prints_and_builds_nothing(build, monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(subprocess, "call", lambda *a, **k: pytest.fail("must not run PyInstaller"))
    assert build.main(["--dry-run", "--dist", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "PyInstaller" in out and "ANNSTUDIO_BUNDLE_VARIANT=lean ANNSTUDIO_BUNDLE_SKLEARN=0" in out
    assert list(tmp_path.iterdir()) == []


def test_a_failed_pyinstaller_is_the_exit_status(build, monkeypatch, tmp_path):
    monkeypatch.setattr(subprocess, "call", lambda *a, **k: 3)
    assert build.main(["--dist", str(tmp_path)]) == 3


def fake_bundle(folder: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return folder


def test_paths_of_the_build_machine_are_found_in_binaries(build, tmp_path):
    home = str(Path.home())
    bundle = fake_bundle(tmp_path / "b", {
        "lib/a.so": b"\x7fELF\x00" + str(ROOT).encode() + b"/annstudio/cli.py\x00",
        "lib/b.so": b"\x00" + home.encode() + b"/.cache/x\x00",
        "lib/c.so": b"\x00/opt/rh/devtoolset-10" + home.encode() + b"/usr/bin/gcc\x00",  # another path's tail
        "lib/d.so": b"\x00" + home.encode() + b"\x00",  # the home folder by itself (systemd names /root)
        "resources/x.txt": b"nothing here"})
    hits = build.files_containing(bundle, build.machine_paths())
    assert str(ROOT) in hits["lib/a.so"]
    assert hits.get("lib/b.so") == ([home + "/"] if home != "/" else None)
    assert not {"lib/c.so", "lib/d.so", "resources/x.txt"} & set(hits)


def test_the_python_prefix_is_blanked_with_the_same_length(build, tmp_path):
    prefix = "/somewhere/.pyenv/versions/3.11.7"
    data = b"\x00RPATH=" + prefix.encode() + b"/lib\x00" + prefix.encode() + b"\x00tail/opt" + prefix.encode()
    bundle = fake_bundle(tmp_path / "b", {"lib/libpython.so": data, "lib/other.so": b"untouched"})
    (bundle / "lib" / "libpython.so").chmod(0o755)
    assert build.scrub(bundle, [prefix]) == ["lib/libpython.so"]
    new = (bundle / "lib" / "libpython.so").read_bytes()
    assert len(new) == len(data) and prefix.encode() in new  # the tail of "/opt/..." is another path
    assert new.count(prefix.encode()) == 1 and b"/" + b"_" * (len(prefix) - 1) + b"/lib\x00" in new
    assert (bundle / "lib" / "libpython.so").stat().st_mode & 0o777 == 0o755


def test_the_interpreters_own_library_keeps_its_prefix(build, tmp_path):
    """Blanking libpython's compiled-in prefix broke Keras' import in the full bundle; only the extension
    modules' RPATHs are blanked."""
    prefix = "/somewhere/.pyenv/versions/3.11.7"
    data = b"\x00" + prefix.encode() + b"/lib\x00"
    bundle = fake_bundle(tmp_path / "b", {"libpython3.11.so.1.0": data, "python311.dll": data,
                                          "lib-dynload/_ctypes.cpython-311-x86_64-linux-gnu.so": data})
    assert build.scrub(bundle, [prefix]) == ["lib-dynload/_ctypes.cpython-311-x86_64-linux-gnu.so"]
    assert (bundle / "libpython3.11.so.1.0").read_bytes() == data
    assert [name for name in ("libpython3.11.so.1.0", "python311.dll", "libpython3.11.dylib", "Python",
                              "_ctypes.cpython-311-x86_64-linux-gnu.so", "libpython_helper.so")
            if build.is_interpreter(name)] == ["libpython3.11.so.1.0", "python311.dll", "libpython3.11.dylib",
                                               "Python"]


def test_the_icons_are_real_images_of_each_format():
    png = (PACKAGING / "icons" / "annstudio.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (256, 256)
    ico = (PACKAGING / "icons" / "annstudio.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    sizes = [ico[6 + 16 * i] or 256 for i in range(count)]
    assert (reserved, kind) == (0, 1) and sizes == [16, 32, 48, 256]
    icns = (PACKAGING / "icons" / "annstudio.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_smoke_and_measure_take_a_bundle_folder(tmp_path, capsys):
    smoke = load_script("smoke")
    assert smoke.main([str(tmp_path), "--no-window"]) == 1
    assert "no annstudio executable" in capsys.readouterr().err
    measure = load_script("measure")
    with pytest.raises(SystemExit):
        measure.main([])
