"""An interview's turns as an immutable sequence that grows without being copied.

An answer round adds two turns to a record and changes one (the answer, pending then sent).
With a tuple each of those is a copy of every turn: ~2.5 µs per copy at 2,000 turns, three or
four copies per round, so a long interview's answers cost more the longer it gets. ``Turns``
keeps the turns in chunks of :data:`CHUNK`: adding or replacing a turn copies one chunk and the
short tuple of chunks (one pointer per 64 turns), and every record built from another shares
the chunks it did not change. It reads like a tuple (index, slice, iterate, ``==`` with a tuple
or list of the same turns, hash) and, like a tuple, never changes once built.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from typing import Generic, TypeVar, overload

CHUNK = 64

T = TypeVar("T")


def _chunked(items: Sequence[T]) -> tuple[tuple[T, ...], ...]:
    return tuple(tuple(items[at : at + CHUNK]) for at in range(0, len(items), CHUNK))


class Turns(Sequence[T], Generic[T]):
    """Immutable turns, in chunks: every chunk is full but the last."""

    __slots__ = ("_chunks", "_len")

    def __init__(self, items: Iterable[T] = ()) -> None:
        if isinstance(items, Turns):
            self._chunks: tuple[tuple[T, ...], ...] = items._chunks
            self._len: int = items._len
            return
        seq = items if isinstance(items, tuple | list) else tuple(items)
        self._chunks = _chunked(seq)
        self._len = len(seq)

    @classmethod
    def _of(cls, chunks: tuple[tuple[T, ...], ...], length: int) -> Turns[T]:
        made: Turns[T] = cls.__new__(cls)
        made._chunks = chunks
        made._len = length
        return made

    # -- growing ---------------------------------------------------------------------
    def appended(self, *items: T) -> Turns[T]:
        """These turns with ``items`` after them; the chunks before the last are shared."""
        if not items:
            return self
        if not self._chunks:
            return Turns(items)
        last = self._chunks[-1] + items
        tail = _chunked(last) if len(last) > CHUNK else (last,)
        return Turns._of(self._chunks[:-1] + tail, self._len + len(items))

    def replaced(self, index: int, item: T) -> Turns[T]:
        """These turns with the one at ``index`` replaced; the other chunks are shared."""
        index = self._index(index)
        at, offset = divmod(index, CHUNK)
        chunk = self._chunks[at]
        chunk = (*chunk[:offset], item, *chunk[offset + 1 :])
        return Turns._of((*self._chunks[:at], chunk, *self._chunks[at + 1 :]), self._len)

    def __add__(self, other: Iterable[T]) -> Turns[T]:
        return self.appended(*other)

    def __radd__(self, other: Iterable[T]) -> Turns[T]:
        return Turns((*other, *self))

    # -- reading ---------------------------------------------------------------------
    def shared_prefix(self, other: Turns[T]) -> int:
        """How many leading turns ``other`` holds as the very same objects as these: a chunk
        the two share is skipped whole, so a record one answer newer is compared in a few
        steps, not a step per turn."""
        same = 0
        for mine, theirs in zip(self._chunks, other._chunks, strict=False):
            if mine is theirs:
                same += len(mine)
                continue
            for a, b in zip(mine, theirs, strict=False):
                if a is not b:
                    return same
                same += 1
            return same
        return same

    def _index(self, index: int) -> int:
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            raise IndexError("turn index out of range")
        return index

    def __len__(self) -> int:
        return self._len

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Turns[T]: ...
    def __getitem__(self, index: int | slice) -> T | Turns[T]:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._len)
            if step == 1:
                return Turns(self._span(start, max(start, stop)))
            return Turns(tuple(self)[index])
        at, offset = divmod(self._index(index), CHUNK)
        return self._chunks[at][offset]

    def _span(self, start: int, stop: int) -> tuple[T, ...]:
        """The turns from ``start`` to ``stop`` (in range), reading only their chunks."""
        first, last = start // CHUNK, (stop - 1) // CHUNK
        pieces = self._chunks[first : last + 1]
        return tuple(chain.from_iterable(pieces))[start - first * CHUNK : stop - first * CHUNK]

    def __iter__(self) -> Iterator[T]:
        return chain.from_iterable(self._chunks)

    def __reversed__(self) -> Iterator[T]:
        return chain.from_iterable(reversed(chunk) for chunk in reversed(self._chunks))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Turns):
            return self._len == other._len and (
                self._chunks is other._chunks or self._chunks == other._chunks
            )
        if isinstance(other, tuple | list):
            return self._len == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"Turns({list(self)!r})"

    def __reduce__(self) -> tuple[type[Turns[T]], tuple[tuple[T, ...]]]:
        return (Turns, (tuple(self),))


__all__ = ["CHUNK", "Turns"]
