"""Stage 4, engine: takes a motion, amendments and what carried; resolves each target against
the motion as moved, applies, reletters, repairs list punctuation, and gives the result with
every change and its provenance."""
