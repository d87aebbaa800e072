"""construct imported without running its debugging helpers, which the program never uses.

``import construct`` runs ``from construct.debug import *`` (``Probe`` and ``Debugger``, for
developing schemas), and ``construct.debug`` imports ``pdb`` (with ``cmd``, ``bdb``, ``code``,
``glob``, ``pprint``...) and ``traceback``: 34M instructions, 7 % of the decoder's start-up
(``python -m tlcp_decode --json`` on an empty capture), on the path of every run.

:func:`import_construct` imports construct with ``construct.debug`` an empty module whose code
runs when one of its names is first used (``construct.Probe``, ``construct.debug.Debugger``,
``from construct import *``...): then it is the module construct's own import would have made.
Every other name of construct is the one its own import made. :func:`defer_construct` puts
construct in ``sys.modules`` without running its code, which runs so (``construct.debug``
deferred) when a name is first looked up in it: the program (``python -m tlcp_decode``, the
``tlcp-decode`` script) does that first thing, and its decoding does not run construct at all
(see :mod:`tlcp_decode.schema.results`), its text report does. A library user's ``import
construct`` is left as it is.

:func:`defer_module` does the same for a whole module that is imported but not used on the
program's way: ``inspect``, which ``dataclasses`` imports (with ``ast``, ``dis``,
``tokenize``, ``linecache``: 22M instructions, 5 % of the program's start-up) for one use,
the docstring it writes into a dataclass without one (:mod:`tlcp_decode.precompiled` writes
that when it is first read). The text report's rich runs it (it uses inspect). asn1crypto
(imported for a capture's first certificate) imports ``socket`` (with ``selectors``, its enums
made by ``IntEnum._convert_``), ``encodings.idna`` (with ``stringprep``) and ``textwrap`` for
IP addresses, internationalised domain names and its error messages, which the decoder's use
of it does not reach: 12M instructions of a run with certificates, not run either. A name a
module takes from another as it is (``socket``'s ``from _socket import *``) can be set in the
deferred module beforehand: asn1crypto's ``from socket import inet_ntop`` then finds it there.
So for ``datetime`` (:func:`defer_module_of_accelerator`), whose code defines its classes in
Python, 3M instructions, and then replaces every one with ``_datetime``'s.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
from collections.abc import Mapping
from types import ModuleType
from typing import Any

_DEBUG = "construct.debug"


def import_construct() -> None:
    """Import construct now, the code of ``construct.debug`` when one of its names is used
    (nothing is done when construct is already imported)."""
    defer_construct()
    construct = sys.modules.get("construct")
    if isinstance(construct, _DeferredConstruct):
        construct.run()


def defer_construct() -> None:
    """construct put in ``sys.modules`` as a module whose code runs when a name is first
    looked up in it, as :func:`import_construct` imports it (nothing is done when it is
    imported already, or not found). The program parses without it (see
    tlcp_decode.schema.results); its text report runs it."""
    if "construct" in sys.modules:
        return
    spec = importlib.util.find_spec("construct")
    if spec is None or spec.loader is None:
        return
    module = importlib.util.module_from_spec(spec)
    # (a submodule's import reads the package's __path__: looked up, it runs the package)
    del module.__path__
    module.__class__ = _DeferredConstruct
    sys.modules["construct"] = module


def construct_deferred() -> bool:
    """Whether construct is in ``sys.modules`` deferred (:func:`defer_construct`), its code
    not run yet."""
    return type(sys.modules.get("construct")) is _DeferredConstruct


class _DeferredConstruct(ModuleType):
    """construct as :func:`defer_construct` leaves it, before its code has run."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name not in ("__all__", "__path__"):
            # what the import system asks of any module (__spec__, __getattr__...)
            raise AttributeError(f"module 'construct' has no attribute {name!r}")
        self.run()
        return getattr(self, name)

    def run(self) -> None:
        """construct's code run in this module (an ordinary module from then on), with
        ``construct.debug`` deferred."""
        spec = self.__spec__
        assert spec is not None and spec.loader is not None
        self.__class__ = ModuleType  # type: ignore[assignment]
        self.__path__ = list(spec.submodule_search_locations or ())
        debug = sys.modules[_DEBUG] = _DeferredDebug(_DEBUG)
        try:
            spec.loader.exec_module(self)  # its `from construct.debug import *` finds no name
        except BaseException:  # as a failed import leaves them
            for name in ("construct", _DEBUG):
                sys.modules.pop(name, None)
            raise
        debug._state = "waiting"
        vars(self).update(debug=debug, __getattr__=_exported_from_debug)


class _DeferredDebug(ModuleType):
    """``construct.debug`` before its code has run: a name looked up in it runs the code (in
    this module, as an import would), then it is found there."""

    _state = "hidden"  # while construct's import runs; then "waiting", "running", "ran"

    def __getattr__(self, name: str) -> Any:
        if self._state != "waiting" or (name.startswith("__") and name != "__all__"):
            # a name the code did not set, one looked up while it runs, or what the import
            # system asks of any module (__path__, __spec__...): not there
            raise AttributeError(f"module {_DEBUG!r} has no attribute {name!r}")
        self._run()
        return self.__getattribute__(name)

    def _run(self) -> None:
        if self._state != "waiting":
            return
        construct = sys.modules["construct"]
        spec = importlib.machinery.PathFinder.find_spec(_DEBUG, construct.__path__)
        assert spec is not None and spec.loader is not None
        self.__spec__, self.__file__, self.__loader__ = spec, spec.origin, spec.loader
        # its code starts with `from construct import *`: run as construct's own import runs
        # it, before the package's __all__ (which names this module's classes) is set
        exported = construct.__dict__.pop("__all__")
        self._state = "running"
        try:
            spec.loader.exec_module(self)
        finally:
            self._state = "ran"
            construct.__dict__["__all__"] = exported
        del construct.__getattr__  # the names it stood for are set now
        for name in exported:
            if name not in construct.__dict__ and name in self.__dict__:
                setattr(construct, name, self.__dict__[name])


def _exported_from_debug(name: str) -> Any:
    """``construct.NAME`` for a name construct exports from ``construct.debug``."""
    construct = sys.modules["construct"]
    if name.startswith("__") or name not in construct.__dict__.get("__all__", ()):
        raise AttributeError(f"module 'construct' has no attribute {name!r}")
    debug = sys.modules[_DEBUG]
    assert isinstance(debug, _DeferredDebug)
    debug._run()
    return construct.__dict__[name]


def defer_module(name: str, same_objects: Mapping[str, object] | None = None) -> None:
    """``name``, a module not imported yet, put in ``sys.modules`` as a module whose code runs
    when a name is first looked up in it: ``import name`` finds it there without running it,
    ``name.x`` or ``from name import x`` runs it (then it is the module an import would have
    made). A submodule is set on its package too, as its import would set it. Nothing is done
    for a module imported already, not found, or a package.

    ``same_objects``: names set in the module now, each the very object its code binds to it
    (one it takes from another module as it is), found without running it.

    (``importlib.util.LazyLoader`` would not do: the ``import`` statement reads the module's
    ``__spec__``, which runs a lazy module's code.)"""
    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)  # (imports the package of a submodule)
    if spec is None or spec.loader is None or spec.submodule_search_locations is not None:
        return
    module = importlib.util.module_from_spec(spec)  # (its __spec__, __file__... set)
    vars(module).update(same_objects or {})
    module.__class__ = _Deferred
    sys.modules[name] = module
    package, _, child = name.rpartition(".")
    if package:
        setattr(sys.modules[package], child, module)


def defer_asn1crypto_helpers() -> None:
    """What asn1crypto imports for IP addresses (``socket``), internationalised domain names
    (``encodings.idna``, ``stringprep``) and its error messages (``textwrap``), deferred
    (:func:`defer_module`): the decoder's use of it does not run them. ``socket`` with the two
    functions ``asn1crypto.util`` takes from it, which are ``_socket``'s as they are."""
    import _socket

    defer_module("socket", {"inet_ntop": _socket.inet_ntop, "inet_pton": _socket.inet_pton})
    for name in ("encodings.idna", "stringprep", "textwrap"):
        defer_module(name)


def defer_module_of_accelerator(name: str, accelerator: str) -> None:
    """``name``, a module whose code defines its classes and functions in Python and then
    replaces them with those of its C accelerator (``datetime``'s last lines: ``from
    _datetime import *``), deferred (:func:`defer_module`) with the accelerator's public names
    set: they are found without running it."""
    names = vars(importlib.import_module(accelerator))
    defer_module(name, {key: value for key, value in names.items() if not key.startswith("_")})


class _Deferred(ModuleType):
    """A module of :func:`defer_module` before its code has run."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name != "__all__":
            # what the import system asks of any module (__path__, __getattr__...)
            raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")
        # an ordinary module from now on (a name looked up while its code runs: not found)
        self.__class__ = ModuleType  # type: ignore[assignment]
        spec = self.__spec__
        assert spec is not None and spec.loader is not None
        try:
            spec.loader.exec_module(self)
        except BaseException:  # as a failed import leaves it: in neither place
            if sys.modules.get(spec.name) is self:
                del sys.modules[spec.name]
            package, _, child = spec.name.rpartition(".")
            if package and getattr(sys.modules.get(package), child, None) is self:
                delattr(sys.modules[package], child)
            raise
        return getattr(self, name)
