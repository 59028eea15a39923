# IntEnum members and the ints they equal are one dict key and one set
# element, whichever came first.
from enum import IntEnum


class Level(IntEnum):
    LOW = 1
    HIGH = 2


class HTTPStatus(IntEnum):
    OK = 200
    NOT_FOUND = 404


names = {1: "one", 2: "two"}
print(names[Level.LOW], Level.HIGH in names, names.get(Level.HIGH))
by_level = {Level.LOW: "low"}
print(by_level[1], 1 in by_level, by_level.get(2, "none"))
by_level[1] = "replaced"
print(by_level, len(by_level))
names[Level.HIGH] = "deux"
print(names, len(names))
print({1, Level.LOW, 2, Level.HIGH, 3}, len({Level.LOW, 1.0, True}))
counts = {}
for status in [200, HTTPStatus.OK, 404, HTTPStatus.NOT_FOUND, 200]:
    counts[status] = counts.get(status, 0) + 1
print(counts)
print({-1: "minus one"}.get(Level(1) - 2), {HTTPStatus.OK: "fine"}[200])
