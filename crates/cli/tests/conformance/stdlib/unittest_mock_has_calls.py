# assert_has_calls / assert_has_awaits: in order, any order, and a spec's matching error.
import asyncio
from unittest.mock import Mock, AsyncMock, call
m = Mock()
m(1); m(2)
for calls, anyo in [([call(2), call(1)], False), ([call(3)], True), ([call(2), call(1)], True), ([call(1), call(2)], False)]:
    try:
        m.assert_has_calls(calls, any_order=anyo); print("ok")
    except AssertionError as e:
        print("AE:", e)
def spec(a): pass
s = Mock(spec=spec)
s(1)
try:
    s.assert_has_calls([call(1, 2)])
except AssertionError as e:
    print("AE:", e, type(e.__cause__).__name__)
am = AsyncMock()
async def main():
    await am(1); await am(2)
asyncio.run(main())
for calls, anyo in [([call(2), call(1)], False), ([call(3)], True), ([call(2), call(1)], True)]:
    try:
        am.assert_has_awaits(calls, any_order=anyo); print("ok")
    except AssertionError as e:
        print("AE:", e)
