# reversed(): __reversed__ first, else the sequence protocol (__len__ and
# __getitem__ from the end); neither is a TypeError.
class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]


print(list(reversed(Deck(['A', 'K', 'Q']))))
print(list(reversed(Deck([]))))


class Countdown:
    def __reversed__(self):
        return iter([1, 2, 3])

    def __len__(self):
        return 3

    def __getitem__(self, i):
        raise AssertionError('not used')


print(list(reversed(Countdown())))


class OnlyItems:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError(i)


print(list(OnlyItems()))
for bad in (OnlyItems(), 5, {1, 2}):
    try:
        reversed(bad)
    except TypeError as e:
        print(e)
