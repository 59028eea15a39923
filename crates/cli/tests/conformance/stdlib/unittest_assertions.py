# unittest: assertion messages (difflib diffs included), skips, expected
# failures, subtests, cleanups and class fixtures, in both verbosities.
import io
import re
import unittest


class Basics(unittest.TestCase):
    """Assertions that pass and fail with CPython's messages."""

    @classmethod
    def setUpClass(cls):
        print("setUpClass")

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass")

    def setUp(self):
        self.items = [1, 2, 3]

    def tearDown(self):
        print("tearDown", self._testMethodName)

    def test_equal_numbers(self):
        self.assertEqual(1 + 1, 3)

    def test_equal_strings(self):
        self.assertEqual("hello world", "hello wrld")

    def test_equal_multiline(self):
        self.assertEqual("one\ntwo\nthree\n", "one\nTwo\nthree\n")

    def test_equal_lists(self):
        self.assertEqual(self.items, [1, 2, 4, 5])

    def test_equal_dicts(self):
        self.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    def test_equal_tuples(self):
        self.assertEqual((1, 2), (1, 2, 3))

    def test_equal_sets(self):
        self.assertEqual({1, 2}, {2, 3})

    def test_true(self):
        """A docstring shows in verbose mode."""
        self.assertTrue(0, "zero is falsy")

    def test_in(self):
        self.assertIn(4, self.items)

    def test_is_none(self):
        self.assertIsNone(self.items)

    def test_isinstance(self):
        self.assertIsInstance(self.items, dict)

    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1)

    def test_almost_delta(self):
        self.assertAlmostEqual(1.0, 1.5, delta=0.1)

    def test_greater(self):
        self.assertGreater(1, 2)

    def test_count_equal(self):
        self.assertCountEqual([1, 1, 2], [1, 2, 2])

    def test_regex(self):
        self.assertRegex("abc", r"\d+")

    def test_raises_ok(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        print("caught", type(cm.exception).__name__, cm.exception)
        self.assertRaises(ValueError, int, "x")

    def test_raises_missing(self):
        with self.assertRaises(KeyError):
            pass

    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, "literal"):
            int("x")
        with self.assertRaisesRegex(ValueError, "nothing like this"):
            int("x")

    def test_error(self):
        {}["missing"]

    def test_long_repr(self):
        self.assertEqual("x" * 100 + "a", "x" * 100 + "b")

    def test_not_equal(self):
        self.assertNotEqual([1], [1])

    def test_passes(self):
        self.assertEqual(self.items, [1, 2, 3])
        self.assertTrue(self.items)
        self.assertIs(None, None)


class Skipping(unittest.TestCase):
    @unittest.skip("not today")
    def test_skipped(self):
        raise RuntimeError

    @unittest.skipIf(True, "condition held")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(False, "condition did not hold")
    def test_skip_unless(self):
        pass

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_cleanups(self):
        self.addCleanup(print, "cleanup 1")
        self.addCleanup(print, "cleanup 2")


def run(verbosity):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity)
    suite = unittest.TestSuite()
    loader = unittest.TestLoader()
    suite.addTests(loader.loadTestsFromTestCase(Basics))
    suite.addTests(loader.loadTestsFromTestCase(Skipping))
    result = runner.run(suite)
    print(re.sub(r"in \d+\.\d+s", "in TIME", stream.getvalue()))
    print(result, result.wasSuccessful(), result.testsRun, len(result.failures), len(result.errors),
          len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses))


run(1)
run(2)
print(unittest.TestLoader().getTestCaseNames(Skipping))
print(Basics("test_in"), repr(Basics("test_in")), Basics("test_in").id(), Basics("test_true").shortDescription())
try:
    Basics("nope")
except ValueError as e:
    print(e)
