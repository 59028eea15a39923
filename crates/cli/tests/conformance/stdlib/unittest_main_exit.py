# unittest.main() as tutorials end their test files: it runs the module's
# tests and exits with status 1 when one fails.
import io
import re
import unittest


class Arithmetic(unittest.TestCase):
    def test_sum(self):
        self.assertEqual(sum([1, 2]), 3)

    def test_wrong_sum(self):
        self.assertEqual(sum([1, 2]), 4, "sum is off")

    def test_division(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0


stream = io.StringIO()
try:
    unittest.main(testRunner=unittest.TextTestRunner(stream=stream, verbosity=2))
except SystemExit as e:
    print("exit code", e.code)
print(re.sub(r"in \d+\.\d+s", "in TIME", stream.getvalue()))
program = unittest.main(exit=False, argv=["prog", "Arithmetic.test_sum"],
                        testRunner=unittest.TextTestRunner(stream=io.StringIO()))
print(program.result.wasSuccessful(), program.result.testsRun)
raise SystemExit(unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=io.StringIO())).result.wasSuccessful())
