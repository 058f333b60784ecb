"""Extract layer: text → `Figure`s with kind, unit, scale, span and stated-precision interval."""

from evcheck.extract.figures import extract_figures
from evcheck.extract.model import Figure
from evcheck.extract.sentences import Sentence, split_sentences

__all__ = ["Figure", "Sentence", "extract_figures", "split_sentences"]
