"""Stage 6, minutes: takes a minutes item; gives the motion as moved, the amendments with their
movers and votes, the recorded resolution, and the verdict of applying what carried."""
