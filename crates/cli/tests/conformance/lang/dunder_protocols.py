# Container and callable protocols.
class Deck:
    def __init__(self):
        self.cards = list(range(1, 6))
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __contains__(self, c):
        return c in self.cards
    def __iter__(self):
        return iter(self.cards)
    def __bool__(self):
        return bool(self.cards)
    def __call__(self, n):
        return self.cards[:n]

d = Deck()
print(len(d), d[0], d[-1], 3 in d, 9 in d, list(d), d(2), bool(d), [c * 10 for c in d])

class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)), sum(Countdown(4)))
