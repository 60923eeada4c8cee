"""The base of every typed answer: attribute access to the wire's own fields, nested objects typed too."""

from __future__ import annotations

import copy
from typing import Any, ClassVar, Dict, FrozenSet, List, Mapping, Optional, Set, Tuple


def _resolve(name: str) -> type:
    # Imported here, not at the top: _generated imports this module.
    from . import _generated

    return getattr(_generated, name)


class Model:
    """An API object. Its attributes are the wire's snake_case fields (``job.qc_report.score``); a field
    the answer does not carry reads as ``None``. ``to_dict()`` gives the JSON exactly as received, and
    ``obj["field"]`` reads it like a dict."""

    __slots__ = ("_data",)
    #: Fields holding other models: name → (shape, class name); shape is "one", "list" or "map".
    _nested: ClassVar[Dict[str, Tuple[str, str]]] = {}
    _known: ClassVar[FrozenSet[str]] = frozenset()

    def __init__(self, data: Optional[Mapping[str, Any]] = None) -> None:
        object.__setattr__(self, "_data", dict(data or {}))

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        known: Set[str] = set()
        nested: Dict[str, Tuple[str, str]] = {}
        for klass in reversed(cls.__mro__):
            known.update(name for name in getattr(klass, "__annotations__", {}) if not name.startswith("_"))
            nested.update(klass.__dict__.get("_nested", {}))
        cls._known = frozenset(known)
        cls._nested = nested

    def __getattr__(self, name: str) -> Any:
        # Only called when ordinary lookup fails: methods and properties of subclasses win over wire fields.
        if name.startswith("__"):
            raise AttributeError(name)
        data = object.__getattribute__(self, "_data")
        if name not in data:
            if name in type(self)._known:
                return None
            raise AttributeError(f"{type(self).__name__} has no field {name!r}")
        value = data[name]
        spec = type(self)._nested.get(name)
        if spec is None or value is None:
            return value
        shape, target = spec
        model = _resolve(target)
        if shape == "list" and isinstance(value, list):
            return [model(item) if isinstance(item, Mapping) else item for item in value]
        if shape == "map" and isinstance(value, Mapping):
            return {key: model(item) if isinstance(item, Mapping) else item for key, item in value.items()}
        if isinstance(value, Mapping):
            return model(value)
        return value

    def __setattr__(self, name: str, value: Any) -> None:
        if name.startswith("_"):
            object.__setattr__(self, name, value)
            return
        raise AttributeError(f"{type(self).__name__} is read-only: {name!r} comes from the API")

    def __getitem__(self, name: str) -> Any:
        return self._data[name]

    def __contains__(self, name: object) -> bool:
        return name in self._data

    def get(self, name: str, default: Any = None) -> Any:
        return self._data.get(name, default)

    def to_dict(self) -> Dict[str, Any]:
        """The object as the API sent it (a deep copy)."""
        return copy.deepcopy(self._data)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other._data == self._data  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]

    def __dir__(self) -> List[str]:
        return sorted(set(super().__dir__()) | set(self._data) | type(self)._known)

    def __repr__(self) -> str:
        shown = ", ".join(f"{key}={value!r}" for key, value in list(self._data.items())[:6])
        more = ", …" if len(self._data) > 6 else ""
        return f"{type(self).__name__}({shown}{more})"
