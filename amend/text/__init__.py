"""Stage 1, text: takes files or strings; gives normalised lines, quotations found before any
grammar runs, and the folding and tiered search every later stage matches words with."""
