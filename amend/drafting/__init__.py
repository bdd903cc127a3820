"""Reader of results, drafting: takes a motion and the text the mover wants; gives the
amendment that turns one into the other, checked by applying it."""
