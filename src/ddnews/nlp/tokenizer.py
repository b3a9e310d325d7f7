"""The one way text becomes a Doc: normalise (NFC, with an offset map back), fold, then tokenise losslessly.

Every path that makes a Doc (``nlp(text)``, ``nlp.make_doc``, :func:`ddnews.api.make_doc`) goes
through :class:`FastTokenizer`, so every path normalises: ``doc.text`` is the normalised text exactly,
``doc._.normal`` maps it back to the text as loaded and ``doc._.folded`` is its same-length folded shadow.

Tokens: words are runs of word characters (numbers keep their separators: "2.415", "87,42"), each other
non-space character is a token, and whitespace other than one trailing space becomes its own token,
the same contract as :func:`spacy.util.get_words_and_spaces`.  Heavy Vietnamese word segmentation
(underthesea) is not needed for the pattern extractors and is run only where a component asks for it.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc
from spacy.util import registry

from ..text.normalize import fold, normalize
from . import attrs

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.vocab import Vocab

# A word (with one trailing space), another non-space character (with one trailing space), or a run of
# whitespace.  The stdlib ``re`` is about twice as fast as ``regex`` here; its ``\w`` lacks combining marks,
# so they are added (a mark left uncomposed after NFC stays inside its word).
_W = r"[\w\u0300-\u036f]"
_PIECE = re.compile(rf"({_W}+(?:[.,/]{_W}+)*|[^\w\s\u0300-\u036f])( ?)|(\s+)")


class FastTokenizer:
    """Callable tokenizer registered as ``ddnews.FastTokenizer.v1``.

    >>> import spacy
    >>> nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "ddnews.FastTokenizer.v1"}}})
    >>> nlp("Tỉnh  ủy\\n2.415 người").text == "Tỉnh  ủy\\n2.415 người"
    True
    >>> doc = nlp("Tỉnh\\u00a0uỷ")
    >>> doc.text, doc._.folded, doc._.normal.original
    ('Tỉnh uỷ', 'tỉnh ủy', 'Tỉnh\\xa0uỷ')
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        attrs.register()

    def __call__(self, text: str) -> Doc:
        nt = normalize(text)
        doc = self.tokens(nt.text)
        ext = doc._
        ext.normal = nt
        ext.folded = fold(nt.text)
        ext.blocked = []
        ext.fact_table = {}
        return doc

    def tokens(self, text: str) -> Doc:
        """A Doc over ``text`` exactly (no normalisation)."""
        pieces = _PIECE.findall(text)
        return Doc(self.vocab, words=[tok or blank for tok, _, blank in pieces],
                   spaces=[bool(space) for _, space, _ in pieces])

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    # The tokenizer has no state; these keep nlp.to_disk / spacy.load happy.
    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        return None

    def from_disk(self, path: str | Path, **kwargs: Any) -> FastTokenizer:
        return self

    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> FastTokenizer:
        return self


@registry.tokenizers("ddnews.FastTokenizer.v1")
def create_fast_tokenizer() -> Callable[[Language], FastTokenizer]:
    """Factory for the config: ``[nlp.tokenizer] @tokenizers = "ddnews.FastTokenizer.v1"``."""

    def make(nlp: Language) -> FastTokenizer:
        return FastTokenizer(nlp.vocab)

    return make
