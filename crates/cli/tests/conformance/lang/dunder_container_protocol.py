# __len__, __iter__, __getitem__, __contains__, __call__.
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, index):
        return self.songs[index]

    def __iter__(self):
        return iter(self.songs)

    def __contains__(self, song):
        return song in self.songs

    def __call__(self, n):
        return self.songs[:n]


p = Playlist("a", "b", "c")
print(len(p), p[0], p[-1], p[1:])
print([s.upper() for s in p])
print("b" in p, "z" in p)
print(p(2))
print(bool(Playlist()))


class Squares:
    """Only __getitem__: iteration falls back to indexes 0, 1, 2, ..."""

    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


print(list(Squares()))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(3)), sum(Countdown(4)))
