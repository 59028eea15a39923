# Generator protocol details.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")

g = gen()
print(next(g))
g.close()
print("closed")

def echo():
    received = []
    while True:
        try:
            x = yield len(received)
            received.append(x)
        except KeyError as e:
            print("caught in generator", e)
            yield "recovered"

e = echo()
print(next(e), e.send("a"), e.send("b"))
print(e.throw(KeyError("k")))
print(list(zip(range(3), gen())))
print(sum(x for x in range(5) if x % 2), list(reversed([1, 2, 3])), sorted({3: 1, 1: 2}))
it = iter(range(3))
print(list(it), list(it))
