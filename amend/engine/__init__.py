"""Stage 4, engine: takes a motion, amendments and what carried; resolves each target against
the motion as moved, applies, reletters, repairs list punctuation, and gives the result with
every change and its provenance, every warning, and the status of every operation.

``apply`` runs it; ``references`` and ``targets`` resolve what each operation names before any
applies; ``finding`` (with ``search``, the index of words) finds quoted words and chooses among
their occurrences; ``handlers`` applies each operation type (``editing``, ``tail`` and
``newtext`` change the tree); ``lists`` reletters and repunctuates; ``places`` names places by
label and line:col; ``state`` and ``result`` hold what is recorded; ``preview`` serves
``explain``; ``carried`` reads what the meeting carried."""
