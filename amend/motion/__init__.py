"""Stage 2, motion: takes text; gives the frozen motion tree (preamble, labelled paragraphs,
sub-lists), its labels, the list punctuation rules, and the engine's mutable working copy."""
