# typing names the tutorials import besides the common ones: IO/TextIO/
# BinaryIO, Pattern/Match, the collections aliases, ContextManager,
# Annotated, the Supports* protocols, ForwardRef, and the runtime helpers
# reveal_type and assert_never.
import sys
from typing import (IO, TextIO, BinaryIO, Pattern, Match, AnyStr, Deque, Counter, OrderedDict, ChainMap,
    ContextManager, AsyncContextManager, Annotated, SupportsInt, KeysView, ByteString, MutableSet,
    ForwardRef, TypeVarTuple, assert_never, reveal_type, TypedDict, is_typeddict, Reversible)
import re, collections
print(IO, TextIO, BinaryIO, IO[str], TextIO.__mro__[1] is IO)
print(Pattern, Match, Pattern[str], Deque[int], Counter[str], OrderedDict[str, int], ChainMap[str, int])
print(ContextManager, ContextManager[int], AsyncContextManager[int])
print(AnyStr, Annotated[int, "meta"], SupportsInt, KeysView[str], ByteString, MutableSet[int])
print(ForwardRef("X"), TypeVarTuple("Ts"), Reversible)
print(isinstance(re.compile("a"), Pattern), isinstance(collections.deque(), Deque))
def f(x: IO[str]) -> Deque[int]: return collections.deque([1])
print(f.__annotations__)
class TD(TypedDict):
    a: int
print(is_typeddict(TD), is_typeddict(dict))
sys.stderr = sys.stdout
print(reveal_type(3))
try:
    assert_never("x" * 200)
except AssertionError as e:
    print(e)
