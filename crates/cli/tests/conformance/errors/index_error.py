# IndexError for lists, strings, tuples and range, then uncaught.
for seq in ([1, 2], "ab", (1,), range(2)):
    try:
        seq[5]
    except IndexError as e:
        print(type(seq).__name__, "->", e)
try:
    [].pop()
except IndexError as e:
    print(e)
items = ["first"]
print(items[1])
