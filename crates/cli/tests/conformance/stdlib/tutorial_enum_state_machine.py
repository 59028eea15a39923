# A turnstile/door state machine as tutorials write it with Enum: states
# and events as enums, a transition table keyed by (state, event), an
# IntEnum for log levels, a Flag for permissions, and unique().
from enum import Enum, IntEnum, Flag, auto, unique


@unique
class State(Enum):
    LOCKED = 'locked'
    UNLOCKED = 'unlocked'
    BROKEN = 'broken'

    def __str__(self):
        return self.value.upper()


class Event(Enum):
    COIN = auto()
    PUSH = auto()
    KICK = auto()
    REPAIR = auto()


class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    WARNING = 30


class Perm(Flag):
    NONE = 0
    USE = auto()
    SERVICE = auto()
    ADMIN = USE | SERVICE


TRANSITIONS = {
    (State.LOCKED, Event.COIN): State.UNLOCKED,
    (State.UNLOCKED, Event.PUSH): State.LOCKED,
    (State.LOCKED, Event.KICK): State.BROKEN,
    (State.UNLOCKED, Event.KICK): State.BROKEN,
    (State.BROKEN, Event.REPAIR): State.LOCKED,
}

NEEDED = {Event.COIN: Perm.USE, Event.PUSH: Perm.USE, Event.KICK: Perm.NONE,
          Event.REPAIR: Perm.SERVICE}


class Turnstile:
    def __init__(self, level=Level.INFO):
        self.state = State.LOCKED
        self.level = level
        self.coins = 0

    def log(self, level, msg):
        if level >= self.level:
            print(f'[{level.name:<7}] {msg}')

    def handle(self, event, perms=Perm.USE):
        need = NEEDED[event]
        if need and need not in perms:
            self.log(Level.WARNING, f'{event.name} refused: needs {need.name}, has {perms!r}')
            return
        nxt = TRANSITIONS.get((self.state, event))
        if nxt is None:
            self.log(Level.DEBUG, f'{event.name} ignored in {self.state}')
            return
        if event is Event.COIN:
            self.coins += 1
        self.log(Level.INFO, f'{self.state} --{event.name.lower()}--> {nxt}')
        self.state = nxt


t = Turnstile(level=Level.DEBUG)
for ev in [Event.PUSH, Event.COIN, Event.COIN, Event.PUSH, Event.KICK, Event.COIN]:
    t.handle(ev)
t.handle(Event.REPAIR)
t.handle(Event.REPAIR, Perm.ADMIN)
print(t.state, repr(t.state), t.coins)
print([s.value for s in State], State('broken'), State['LOCKED'].name)
print(Level.WARNING > Level.INFO, Level(20), sorted([Level.WARNING, Level.DEBUG]), Level.INFO + 5)
print(repr(Perm.ADMIN), Perm.USE in Perm.ADMIN, repr(Perm.ADMIN & ~Perm.USE), list(Perm.ADMIN), bool(Perm.NONE))
print(len(State), list(Event)[-1], Event(2), Perm(3) is Perm.ADMIN)
