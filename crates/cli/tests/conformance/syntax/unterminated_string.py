# A string literal without its closing quote.
print("unfinished)
print("next")
