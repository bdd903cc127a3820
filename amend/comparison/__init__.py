"""Stage 5, comparison: takes the text a resolution should have and the text recorded; gives a
report of classified differences. (Named apart from the facade's ``check``, which a sub-package
of the same name would replace on import.)"""
