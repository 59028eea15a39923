# str.replace: the count must be an integer (negative: every occurrence).
for c in ('x', 1.5, True, -1, 0, 2, 10**30):
    try: print(repr('aaa'.replace('a', 'b', c)))
    except (TypeError, OverflowError) as e: print(type(e).__name__, e)
