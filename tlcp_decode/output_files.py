"""Output files that cannot be turned against the user (``--dump-plaintext``, ``--write-keylog``).

They hold secrets and decrypted traffic, written where a capture's author may have planted
something. So every file is:

* **created exclusively, never through a link**: written under a temporary name created with
  ``O_CREAT | O_EXCL | O_NOFOLLOW`` inside the directory (opened once, names resolved relative
  to it), then moved to its final name. Without ``--force`` the move is ``link()``, which fails
  if the name exists (a file, a planted symlink): nothing is replaced. With ``--force``,
  ``rename()`` replaces the name itself, never the file a symlink points to;
* **mode 0600** (directories created here: 0700);
* **complete or absent under its final name**: a run killed half-way leaves at most a
  ``.tlcp-decode-*.partial`` file, and an interrupted run removes its own
  (:meth:`OutputDirectory.discard_pending`);
* **inside the directory given**: names are single path components, checked here; with several
  inputs each gets a sub-folder named by its position on the command line and its sanitised
  file name (``2-capture.pcapng``), which cannot collide or climb out.

Paths are checked before any decoding (:func:`check_new_file`, :meth:`OutputDirectory.open`):
a bad path, a read-only folder, an existing file are one-line errors (:class:`OutputError`).
"""

from __future__ import annotations

import errno
import os
import re
import weakref
from pathlib import Path
from typing import BinaryIO

from tlcp_decode.messages import MessageError, msg
from tlcp_decode.report.i18n import _

FILE_MODE = 0o600
DIRECTORY_MODE = 0o700
_PARTIAL_PREFIX = ".tlcp-decode-"
_PARTIAL_SUFFIX = ".partial"
_UNSAFE_IN_NAME = re.compile(r"[^A-Za-z0-9._+-]")
_NAME_LIMIT = 100


class OutputError(MessageError):
    """An output path that cannot be used: one line, exit status 2."""


def _describe(path: Path | str, exc: OSError) -> OutputError:
    return OutputError(msg("{name}: {reason}", name=str(path), reason=exc.strerror or str(exc)))


def _check_name(name: str) -> str:
    """A file name inside the output directory: one component, not . or .., no NUL."""
    if not name or name in (".", "..") or "/" in name or "\0" in name or os.sep in name:
        raise OutputError(_("{name}: not a plain file name").format(name=name))
    return name


def input_folder_name(position: int, input_name: str) -> str:
    """The sub-folder for the ``position``-th input (1-based): unique by its number, readable
    by its file name with anything unsafe replaced (``..`` or ``a/b`` cannot climb out)."""
    base = _UNSAFE_IN_NAME.sub("_", Path(input_name).name).lstrip(".")[:_NAME_LIMIT]
    return f"{position}-{base or 'input'}"


class OutputDirectory:
    """A directory the decoder writes files into; opened once, files made relative to it."""

    def __init__(self, path: Path, fd: int, force: bool) -> None:
        self.path = path
        self._fd = fd
        self.force = force
        self._pending: dict[str, str] = {}  # temporary name -> final name
        _OPEN_DIRECTORIES.add(self)

    @classmethod
    def open(cls, path: str | Path, force: bool = False) -> OutputDirectory:
        """Open (creating it, mode 0700, if missing) a directory to write into; checks now
        that files can be created in it."""
        path = Path(path)
        try:
            path.mkdir(mode=DIRECTORY_MODE, parents=True, exist_ok=True)
        except FileExistsError:
            raise OutputError(_("{path}: exists and is not a directory").format(
                path=path)) from None
        except OSError as exc:
            raise _describe(path, exc) from None
        try:
            fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        except NotADirectoryError:
            raise OutputError(_("{path}: exists and is not a directory").format(
                path=path)) from None
        except OSError as exc:
            raise _describe(path, exc) from None
        directory = cls(path, fd, force)
        directory._probe()
        return directory

    def _probe(self) -> None:
        """Create and remove a file: read-only folders and full disks are found before
        decoding (os.access does not know about read-only mounts or quotas)."""
        name = self._temporary_name("probe")
        try:
            fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, FILE_MODE,
                         dir_fd=self._fd)
            os.close(fd)
            os.unlink(name, dir_fd=self._fd)
        except OSError as exc:
            raise _describe(self.path, exc) from None

    def subdirectory(self, name: str) -> OutputDirectory:
        """A sub-folder (created 0700; an existing one is used only if it is a real folder)."""
        _check_name(name)
        try:
            os.mkdir(name, DIRECTORY_MODE, dir_fd=self._fd)
        except FileExistsError:
            pass
        except OSError as exc:
            raise _describe(self.path / name, exc) from None
        try:
            fd = os.open(name, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC,
                         dir_fd=self._fd)
        except OSError as exc:
            if exc.errno in (errno.ELOOP, errno.ENOTDIR):  # a symlink or a file planted there
                raise OutputError(_("{path}: exists and is not a directory").format(
                    path=self.path / name)) from None
            raise _describe(self.path / name, exc) from None
        return OutputDirectory(self.path / name, fd, self.force)

    def _temporary_name(self, final: str) -> str:
        return f"{_PARTIAL_PREFIX}{os.urandom(6).hex()}-{final[:60]}{_PARTIAL_SUFFIX}"

    def create(self, name: str) -> OutputFile:
        """A new file ``name`` in this directory, written under a temporary name until
        :meth:`OutputFile.close`. An existing ``name`` is an error unless ``force``."""
        _check_name(name)
        if not self.force and self._exists(name):
            raise OutputError(_("{path}: already exists (--force replaces it)").format(
                path=self.path / name))
        temporary = self._temporary_name(name)
        try:
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW
                         | os.O_CLOEXEC, FILE_MODE, dir_fd=self._fd)
        except OSError as exc:
            raise _describe(self.path / name, exc) from None
        self._pending[temporary] = name
        return OutputFile(self, os.fdopen(fd, "wb"), temporary, name)

    def _exists(self, name: str) -> bool:
        try:
            os.stat(name, dir_fd=self._fd, follow_symlinks=False)
        except FileNotFoundError:
            return False
        return True

    def _commit(self, temporary: str, name: str) -> None:
        """Move the finished file to its name: never replacing one unless forced."""
        try:
            if self.force:
                os.rename(temporary, name, src_dir_fd=self._fd, dst_dir_fd=self._fd)
            else:
                os.link(temporary, name, src_dir_fd=self._fd, dst_dir_fd=self._fd,
                        follow_symlinks=False)
                os.unlink(temporary, dir_fd=self._fd)
        except FileExistsError:
            self._discard(temporary)
            raise OutputError(_("{path}: already exists (--force replaces it)").format(
                path=self.path / name)) from None
        except OSError as exc:
            self._discard(temporary)
            raise _describe(self.path / name, exc) from None
        self._pending.pop(temporary, None)

    def _discard(self, temporary: str) -> None:
        try:
            os.unlink(temporary, dir_fd=self._fd)
        except OSError:
            pass
        self._pending.pop(temporary, None)

    def discard_pending(self) -> None:
        """Remove the files still being written (the run was interrupted)."""
        for temporary in list(self._pending):
            self._discard(temporary)

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


_OPEN_DIRECTORIES: weakref.WeakSet[OutputDirectory] = weakref.WeakSet()


def discard_all_pending() -> None:
    """The run is being interrupted: remove every file still being written (none is left
    half-written, under any name)."""
    for directory in list(_OPEN_DIRECTORIES):
        directory.discard_pending()


class OutputFile:
    """A file being written under a temporary name; :meth:`close` gives it its name."""

    def __init__(self, directory: OutputDirectory, stream: BinaryIO, temporary: str,
                 name: str) -> None:
        self._directory = directory
        self._stream = stream
        self._temporary = temporary
        self.name = name

    def write(self, data: bytes) -> None:
        try:
            self._stream.write(data)
        except OSError as exc:
            self.discard()
            raise _describe(self._directory.path / self.name, exc) from None

    def close(self) -> None:
        """Flush, and move to the final name."""
        if self._stream.closed:
            return
        try:
            self._stream.close()
        except OSError as exc:
            self._directory._discard(self._temporary)
            raise _describe(self._directory.path / self.name, exc) from None
        self._directory._commit(self._temporary, self.name)

    def discard(self) -> None:
        if not self._stream.closed:
            try:
                self._stream.close()
            except OSError:
                pass
        self._directory._discard(self._temporary)


def check_new_file(path: str | Path, force: bool, inputs: tuple[str, ...] = ()) -> None:
    """Before decoding: ``path`` can be created (its folder exists and takes files), does not
    exist unless ``force``, and is none of ``inputs`` (``--write-keylog`` over its own
    ``--keylog`` would destroy it, forced or not)."""
    path = Path(path)
    for name in inputs:
        try:
            if path.exists() and os.path.samefile(path, name):
                raise OutputError(_("{path}: is also an input (--keylog); write the key log "
                                    "to another file").format(path=path))
        except FileNotFoundError:
            continue
    if not force and (path.exists() or path.is_symlink()):
        raise OutputError(_("{path}: already exists (--force replaces it)").format(path=path))
    if path.is_dir():
        raise OutputError(_("{path}: is a directory").format(path=path))
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(_("{path}: no such directory").format(path=folder))
    OutputDirectory.open(folder, force).close()  # takes files (read-only mounts, full disks)


def write_new_file(path: str | Path, data: bytes, force: bool) -> None:
    """Write ``data`` as ``path`` with all the guarantees above."""
    path = Path(path)
    directory = OutputDirectory.open(path.parent, force)
    try:
        output = directory.create(path.name)
        output.write(data)
        output.close()
    finally:
        directory.close()
