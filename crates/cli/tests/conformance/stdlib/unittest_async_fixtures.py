# unittest: IsolatedAsyncioTestCase (async set-up, tear-down, cleanups and
# contexts), module and class fixtures, a failing setUpClass, buffer,
# failfast, FunctionTestCase, loading by name.
import asyncio
import contextlib
import io
import re
import sys
import unittest

events = []


def setUpModule():
    print("setUpModule")


def tearDownModule():
    print("tearDownModule")


class Service:
    def __init__(self):
        self.calls = 0

    async def fetch(self, n):
        await asyncio.sleep(0.01)
        self.calls += 1
        return n * 2


@contextlib.asynccontextmanager
async def opened(name):
    print("open", name)
    yield name.upper()
    print("close", name)


class AsyncTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.service = Service()
        self.resource = await self.enterAsyncContext(opened("db"))
        self.addAsyncCleanup(self.async_cleanup)

    async def async_cleanup(self):
        await asyncio.sleep(0)
        print("async cleanup", self.service.calls)

    def setUp(self):
        print("setUp", self._testMethodName)

    async def asyncTearDown(self):
        print("asyncTearDown")

    async def test_gather(self):
        results = await asyncio.gather(*(self.service.fetch(n) for n in range(3)))
        self.assertEqual(results, [0, 2, 4])
        self.assertEqual(self.resource, "DB")

    async def test_timeout(self):
        with self.assertRaises(asyncio.TimeoutError):
            await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)

    async def test_fails(self):
        value = await self.service.fetch(5)
        self.assertEqual(value, 11)

    def test_sync_in_async_case(self):
        self.assertTrue(asyncio.get_event_loop().is_running() is False)


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("no fixture")

    def test_never_runs(self):
        print("never")


class Buffered(unittest.TestCase):
    def test_prints_and_fails(self):
        print("captured output")
        self.fail("with output")

    def test_prints_and_passes(self):
        print("hidden output")


def plain():
    assert 1 == 2, "plain function"


def library_frames_left_out(text):
    # CPython shows asyncio's and unittest's own frames under an async
    # test; the playground hides its library's frames everywhere.
    out, skipping = [], False
    for line in text.split("\n"):
        if line.startswith("  File "):
            skipping = "/lib/python3" in line
        elif not line.startswith("    "):
            skipping = False
        if not skipping:
            out.append(line)
    return "\n".join(out)


def run(suite, **kw):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, **kw).run(suite)
    print(library_frames_left_out(re.sub(r"in \d+\.\d+s", "in TIME", stream.getvalue())))
    return result


loader = unittest.TestLoader()
run(loader.loadTestsFromModule(__import__(__name__)), verbosity=2)
run(loader.loadTestsFromTestCase(Buffered), buffer=True)
run(unittest.TestSuite([unittest.FunctionTestCase(plain)]), verbosity=2)
r = run(loader.loadTestsFromTestCase(AsyncTests), failfast=True)
print(r.testsRun, r.shouldStop)
print(loader.loadTestsFromNames(["AsyncTests.test_gather", "Buffered"], __import__(__name__)).countTestCases())
print(repr(unittest.FunctionTestCase(plain))[:40], str(unittest.FunctionTestCase(plain)))
