# unittest.mock: patch as decorator, context manager and start/stop,
# patch.object, patch.dict, patch.multiple, autospec, mock_open,
# PropertyMock; originals come back even after an exception.
import io
import unittest
from unittest import mock
from unittest.mock import MagicMock, call, mock_open, patch


def name_of(m):
    return repr(m).split(" id=")[0]


def helper():
    return "real"


def uses_helper():
    return helper()


class Store:
    def load(self, key):
        return "stored " + key

    def save(self, key, value):
        return True


CONFIG = {"debug": False, "level": 1}


@patch("__main__.helper", return_value="fake")
def decorated(m):
    print(uses_helper(), name_of(m))


decorated()
print(uses_helper())


@patch("__main__.helper")
@patch.object(Store, "load", return_value="L")
def stacked(mock_load, mock_helper):
    print(name_of(mock_load), name_of(mock_helper), Store().load("k"), uses_helper() is mock_helper.return_value)


stacked()
print(Store().load("k"))

with patch("__main__.helper") as m:
    m.side_effect = ["a", "b"]
    print(uses_helper(), uses_helper(), m.call_count)
print(uses_helper())

try:
    with patch("__main__.helper", side_effect=ValueError("broken")):
        uses_helper()
except ValueError as e:
    print("ValueError", e, uses_helper())

patcher = patch.object(Store, "save", new=lambda self, k, v: "patched save")
started = patcher.start()
print(Store().save("a", 1), started is Store.save)
patcher.stop()
print(Store().save("a", 1))

with patch.dict(CONFIG, {"debug": True}):
    print(CONFIG)
print(CONFIG)
with patch.dict(CONFIG, {"only": 1}, clear=True):
    print(CONFIG)
print(CONFIG)


@patch.dict(CONFIG, level=9)
def with_level():
    return CONFIG["level"]


print(with_level(), CONFIG["level"])

with patch.multiple("__main__", helper=mock.DEFAULT, uses_helper=mock.DEFAULT) as values:
    print(sorted(values), name_of(values["helper"]))
print(uses_helper())

with patch("__main__.Store", autospec=True) as MockStore:
    store = Store()
    print(name_of(MockStore), name_of(store))
    store.load.return_value = "auto"
    print(store.load("k"))
    MockStore.assert_called_once_with()

with patch("__main__.Store", spec=True) as MockStore:
    print(name_of(MockStore), name_of(MockStore()))

try:
    with patch("__main__.missing"):
        pass
except AttributeError as e:
    print("AttributeError", str(e).split(" does not ")[1])
with patch("__main__.missing", create=True, new=5):
    print(missing)  # noqa: F821
print("missing" in dir())
try:
    patch("nodots")
except TypeError as e:
    print("TypeError", e)
try:
    patch.object("__main__", "helper")
except TypeError as e:
    print("TypeError", e)

opener = mock_open(read_data="line1\nline2\n")
with patch("builtins.open", opener):
    with open("data.txt") as fh:
        print(repr(fh.read()))
    with open("data.txt") as fh:
        print([line for line in fh])
    with open("data.txt") as fh:
        print(repr(fh.readline()), fh.readlines())
    with open("out.txt", "w") as fh:
        fh.write("hello")
        fh.write("world")
opener.assert_called_with("out.txt", "w")
handle = opener()
print(handle.write.call_args_list)
handle.write.assert_has_calls([call("hello"), call("world")])
print(opener.call_args_list)

prop = mock.PropertyMock(return_value="prop value")
holder = MagicMock()
type(holder).setting = prop
print(holder.setting)
holder.setting = "new"
print(prop.mock_calls)


class StoreTests(unittest.TestCase):
    @patch("__main__.helper", return_value=9)
    def test_decorated_method(self, mock_helper):
        self.assertEqual(uses_helper(), 9)
        mock_helper.assert_called_once_with()

    @patch.object(Store, "load")
    def test_patch_object(self, mock_load):
        mock_load.return_value = "x"
        self.assertEqual(Store().load("a"), "x")
        mock_load.assert_called_once_with("a")

    def test_assertion_in_test(self):
        m = MagicMock(name="save")
        m(1)
        with self.assertRaises(AssertionError) as cm:
            m.assert_called_with(2)
        self.assertIn("Actual: save(1)", str(cm.exception))


result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=2).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(StoreTests))
print(result.testsRun, result.wasSuccessful(), uses_helper())
