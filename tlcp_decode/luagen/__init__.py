"""Generate the TLCP Wireshark Lua dissector from the construct schemas and the suite registry.

``generate_lua()`` returns the plugin text (deterministic), ``write_plugin(path)`` writes it,
``install_plugin()`` copies it into Wireshark's personal Lua plugin folder,
``uninstall_plugin()`` removes it from there, and
``field_table()`` renders the field list of ``dissector/README.md``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from tlcp_decode.luagen.codegen import FieldSpec, Generator, LuaGenError
from tlcp_decode.luagen.plugin import PluginBuilder
from tlcp_decode.luagen.readme import field_table, update_readme

PLUGIN_NAME = "tlcp.lua"

__all__ = [
    "PLUGIN_NAME", "FieldSpec", "active_mode", "personal_preferences", "Generator", "LuaGenError", "PluginBuilder", "field_table",
    "generate_lua", "install_plugin", "personal_plugin_dir", "uninstall_plugin", "update_readme",
    "write_plugin",
]


def generate_lua() -> str:
    """The whole plugin source; the same bytes on every run."""
    return PluginBuilder().lua()


def write_plugin(path: str | os.PathLike[str]) -> Path:
    """Write the plugin to ``path`` (a file, or a directory that gets ``tlcp.lua``)."""
    target = Path(path)
    if target.is_dir():
        target = target / PLUGIN_NAME
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(generate_lua(), encoding="utf-8", newline="\n")
    return target


def personal_plugin_dir() -> Path:
    """Wireshark's personal Lua plugin folder (``tshark -G folders``, else the usual default)."""
    tshark = shutil.which("tshark")
    if tshark:
        try:
            out = subprocess.run([tshark, "-G", "folders"], capture_output=True, text=True,
                                 timeout=30, check=False).stdout
        except (OSError, subprocess.SubprocessError):
            out = ""
        for line in out.splitlines():
            name, _, value = line.partition(":")
            if name.strip() == "Personal Lua Plugins" and value.strip():
                return Path(value.strip())
    if os.name == "nt":
        appdata = os.environ.get("APPDATA")
        if appdata:
            return Path(appdata) / "Wireshark" / "plugins"
    return Path.home() / ".local" / "lib" / "wireshark" / "plugins"


def personal_preferences() -> Path:
    """Wireshark's personal preferences file (default profile)."""
    override = os.environ.get("WIRESHARK_CONFIG_DIR")
    if override:
        return Path(override) / "preferences"
    if os.name == "nt" and os.environ.get("APPDATA"):
        return Path(os.environ["APPDATA"]) / "Wireshark" / "preferences"
    xdg = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(xdg) / "wireshark" / "preferences"


def active_mode(preferences: Path | None = None) -> str:
    """The plugin's mode the preferences choose: "augment" (the default) or "standalone"."""
    path = preferences or personal_preferences()
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return "augment"
    mode = "augment"
    for line in lines:
        name, _, value = line.partition(":")
        if name.strip() == "tlcp.mode" and value.strip().lower() in ("standalone", "2"):
            mode = "standalone"
        elif name.strip() == "tlcp.mode":
            mode = "augment"
    return mode


def install_plugin(dest_dir: Path | None = None) -> Path:
    """Generate the plugin into ``dest_dir`` (default: the personal Lua plugin folder)."""
    directory = Path(dest_dir) if dest_dir is not None else personal_plugin_dir()
    directory.mkdir(parents=True, exist_ok=True)
    return write_plugin(directory / PLUGIN_NAME)


def uninstall_plugin(dest_dir: Path | None = None) -> Path | None:
    """Remove the plugin from ``dest_dir`` (default: the personal Lua plugin folder); the path
    removed, or None when it was not installed there."""
    directory = Path(dest_dir) if dest_dir is not None else personal_plugin_dir()
    target = directory / PLUGIN_NAME
    if not target.is_file():
        return None
    target.unlink()
    return target
