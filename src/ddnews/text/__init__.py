"""Text utilities: normalisation with offset maps, folding, Vietnamese numbers and dates."""
