"""Reader of results, render: takes results (a motion, an engine result, a check report, a
verified minutes item); gives plain clerk text, redline and JSON. It decides nothing."""
