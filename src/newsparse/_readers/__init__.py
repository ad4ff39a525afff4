"""Text readers, one module per kind: a string in, what it says out (names, dates, a credit).

The rules in :mod:`newsparse._parsers` read their own element and, through these modules, a
neighbour glued to it (a byline after a headline, a credit in a caption). Readers know nothing
of rules: no module here imports :mod:`newsparse._parsers`.
"""
