# A keyword argument before a positional one.
print(sep="-", "a", "b")
