from dataclasses import dataclass, field
from enum import Enum, auto
@dataclass(frozen=True)
class Temp:
    celsius: float
    fahrenheit: float = field(init=False)
    def __post_init__(self):
        object.__setattr__(self, 'fahrenheit', self.celsius * 9 / 5 + 32)
print(Temp(100))
@dataclass(slots=True)
class S:
    a: int
    b: int = 2
print(S(1), S(1) == S(1, 2))
