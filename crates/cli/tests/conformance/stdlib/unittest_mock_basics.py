# unittest.mock: Mock and MagicMock basics, call objects, assertion
# messages, side_effect, spec, magic methods, create_autospec.
from unittest import mock
from unittest.mock import ANY, DEFAULT, MagicMock, Mock, call, sentinel


def name_of(m):
    return repr(m).split(" id=")[0]


def check(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print("ok")
    except AssertionError as e:
        print(type(e).__name__, e)


fetch = Mock(name="fetch")
print(name_of(fetch), name_of(fetch.child), name_of(fetch()), name_of(fetch.a.b().c))
anon = Mock()
print(name_of(anon), name_of(anon.x), name_of(anon.x().y), name_of(anon()))

fetch = Mock(name="fetch")
fetch(1)
fetch(2)
check(fetch.assert_called_once_with, 1)
check(fetch.assert_called_once)
check(fetch.assert_called_with, 1)
check(fetch.assert_called_with, 2)
check(fetch.assert_any_call, 1)
check(fetch.assert_any_call, 3, key="v")
check(fetch.assert_not_called)
check(fetch.assert_has_calls, [call(1), call(2)])
check(fetch.assert_has_calls, [call(2), call(1)])
check(fetch.assert_has_calls, [call(2), call(1)], any_order=True)
check(fetch.assert_has_calls, [call(3)], any_order=True)
idle = Mock()
check(idle.assert_called)
check(idle.assert_called_with, 1, a=2)
check(idle.assert_called_once_with)
check(idle.assert_has_calls, [call.x()])
print(fetch.call_count, fetch.called, fetch.call_args, fetch.call_args_list)
print(fetch.call_args == call(2), fetch.call_args == ((2,), {}), fetch.call_args.args, fetch.call_args.kwargs)
args, kwargs = fetch.call_args
print(args, kwargs)
print(fetch.call_args_list == [call(1), call(2)], call(1) in fetch.call_args_list)

tree = Mock()
tree.a.b(1, x=2)
tree.c()
tree(3)
tree().d()
print(tree.mock_calls)
print(tree.method_calls)
print(tree.mock_calls == [call.a.b(1, x=2), call.c(), call(3), call(), call().d()])
print(call.a.b(1) == call.a.b(1), call.a(1) == call.b(1), call(1, ANY) == call(1, "z"))
print(call(1, 2).call_list(), call.x(1).y(2).call_list())
tree.a.b.assert_called_once_with(1, x=2)

effects = Mock(side_effect=[1, 2, ValueError("boom")])
print(effects(), effects())
try:
    effects()
except ValueError as e:
    print("ValueError", e)
try:
    effects()
except StopIteration:
    print("StopIteration")
raising = Mock(side_effect=KeyError)
try:
    raising()
except KeyError as e:
    print("KeyError", repr(e))
print(Mock(side_effect=lambda x: x * 2)(21), Mock(return_value=5, side_effect=lambda: DEFAULT)())

conf = Mock(**{"method.return_value": 3, "other.side_effect": KeyError, "attr": 7})
print(conf.method(), conf.attr)
conf.configure_mock(**{"x.y.return_value": "deep"})
print(conf.x.y())
conf.reset_mock()
print(conf.method.call_count, conf.mock_calls, conf.method(), conf.attr)
conf.method.reset_mock(return_value=True)
print(name_of(conf.method()))

listed = Mock(spec=["get", "post"])
print(name_of(listed.get))
try:
    listed.put
except AttributeError as e:
    print("AttributeError", e)


class Client:
    def get(self, url):
        return url

    async def fetch(self, url):
        return url


specced = Mock(spec=Client)
print(name_of(specced), name_of(specced.get), name_of(specced.fetch))
try:
    specced.nothing
except AttributeError as e:
    print("AttributeError", e)
strict = Mock(spec_set=Client)
try:
    strict.nothing = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    fetch.assret_called()
except AttributeError as e:
    print("AttributeError", e)
print(sentinel.token, sentinel.token is sentinel.token, DEFAULT, ANY)

magic = MagicMock()
print(len(magic), list(magic), bool(magic), int(magic), 3 in magic, magic == magic, magic == 1, magic != magic)
magic.__len__.return_value = 3
magic.__iter__.return_value = [1, 2]
magic.__getitem__.return_value = "item"
magic.__contains__.return_value = True
print(len(magic), list(magic), magic[0], 5 in magic, name_of(magic.__len__))
magic.__len__.assert_called_with()
with magic as entered:
    print(name_of(entered))
magic.__enter__.return_value = "entered"
with magic as entered:
    print(entered)
magic.__getitem__.side_effect = lambda k: k * 2
print(magic[4])
magic.__str__.return_value = "custom"
print(str(magic), f"{magic}", float(magic))
print(isinstance(magic, MagicMock), isinstance(magic, Mock), len({magic: 1}))


def area(width, height=1):
    return width * height


auto = mock.create_autospec(area, return_value=3)
print(auto(2, height=5))
auto.assert_called_once_with(2, height=5)
try:
    auto()
except TypeError as e:
    print("TypeError", e)
