# An order book as tutorials build it: dataclasses with order=True sorted,
# field(default_factory=...), __post_init__ validation, frozen value objects,
# asdict for a report, and an Enum for the order side.
from dataclasses import dataclass, field, asdict, replace
from enum import Enum, auto
from collections import defaultdict
from functools import total_ordering
import itertools


class Side(Enum):
    BUY = auto()
    SELL = auto()


@dataclass(frozen=True)
class Money:
    cents: int

    def __str__(self):
        return f'${self.cents // 100}.{self.cents % 100:02d}'

    def __add__(self, other):
        return Money(self.cents + other.cents)


_ids = itertools.count(1)


@dataclass(order=True)
class Order:
    price: int
    quantity: int = field(compare=False)
    side: Side = field(compare=False, default=Side.BUY)
    id: int = field(default_factory=lambda: next(_ids), compare=False)
    tags: list = field(default_factory=list, compare=False, repr=False)

    def __post_init__(self):
        if self.quantity <= 0:
            raise ValueError(f'quantity must be positive, got {self.quantity}')

    @property
    def total(self):
        return Money(self.price * self.quantity)


orders = [
    Order(105, 3),
    Order(99, 10, Side.SELL),
    Order(101, 1),
    Order(99, 4, Side.BUY, tags=['vip']),
    Order(110, 2, Side.SELL),
]
for o in sorted(orders):
    print(o, o.total)
print('cheapest:', min(orders).id, 'dearest:', max(orders).id)
print('equal prices compare equal:', orders[1] == orders[3], orders[1] is orders[3])

by_side = defaultdict(list)
for o in orders:
    by_side[o.side].append(o)
for side in Side:
    book = sorted(by_side[side], reverse=(side is Side.BUY))
    print(side.name, [(o.price, o.quantity) for o in book])

total = Money(0)
for o in orders:
    total = total + o.total
print('book value', total)
print(asdict(orders[3]))
cheaper = replace(orders[0], price=95)
print(cheaper, cheaper.id == orders[0].id, cheaper < orders[0])
try:
    Order(100, 0)
except ValueError as e:
    print('rejected:', e)
try:
    Money(5).cents = 6
except AttributeError as e:
    print(type(e).__name__, e)


@total_ordering
@dataclass(eq=True)
class Score:
    player: str
    points: int

    def __lt__(self, other):
        return (self.points, self.player) < (other.points, other.player)


board = [Score('ann', 30), Score('bob', 45), Score('cid', 30)]
print(sorted(board, reverse=True))
print(Score('x', 1) >= Score('x', 1), Score('a', 2) > Score('b', 1))
