"""Preferences survive a restart: each step runs in its own process, as the app does across sessions.
(Keys under a group named "general" were written to the INI file's [General] section and read back by the
next process only as "General/...": the language and the recent files were lost on every restart.)"""
import json
import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from annstudio.gui import settings
    action = sys.argv[1]
    if action == "write":
        settings.set_language("ko")
        settings.add_recent_file(sys.argv[2])
    elif action == "legacy":   # what settings version 1 left in the file
        raw = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings.ORGANIZATION,
                        settings.APPLICATION)
        raw.setValue("general/language", "ko")
        raw.setValue("general/recentFiles", [sys.argv[2]])
        raw.setValue("general/settingsVersion", 1)
        raw.sync()
        print(json.dumps(None))
        sys.exit(0)
    print(json.dumps([settings.language(), [str(p) for p in settings.recent_files()]]))
""")


def run(tmp_path, *args):
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-c", SCRIPT, *args], env=env, capture_output=True, text=True,
                          timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_language_and_recent_files_survive_a_restart(tmp_path):
    project = tmp_path / "mine.annproj"
    project.write_text("{}")
    assert run(tmp_path, "write", str(project)) == ["ko", [str(project)]]
    assert run(tmp_path, "read") == ["ko", [str(project)]]


def test_what_the_earlier_version_stored_is_kept(tmp_path):
    project = tmp_path / "old.annproj"
    project.write_text("{}")
    run(tmp_path, "legacy", str(project))
    assert run(tmp_path, "read") == ["ko", [str(project)]]
    assert run(tmp_path, "read") == ["ko", [str(project)]]   # migrated once, still there
