# unittest.mock with asyncio: an async HTTP client tested the way tutorials
# do it, with IsolatedAsyncioTestCase, AsyncMock and patch.
import asyncio
import io
import re
import unittest
from unittest.mock import AsyncMock, MagicMock, call, patch

messages = []


class HttpClient:
    async def get_json(self, url):
        raise RuntimeError("no network in tests")

    def close(self):
        raise RuntimeError("real close")


async def http_get(url):
    raise RuntimeError("no network in tests")


async def fetch_user(client, user_id):
    data = await client.get_json(f"/users/{user_id}")
    return data["name"]


async def get_temperature(city):
    data = await http_get(f"https://weather.example/{city}")
    return data["temp"]


async def fetch_with_retry(client, url, attempts=3):
    for attempt in range(attempts):
        try:
            return await client.get_json(url)
        except ConnectionError:
            await asyncio.sleep(0)
    raise RuntimeError("gave up")


async def fetch_title(session, url):
    async with session.get(url) as resp:
        if resp.status != 200:
            raise RuntimeError(f"status {resp.status}")
        return (await resp.json())["title"]


async def fetch_all(client, ids):
    return await asyncio.gather(*(fetch_user(client, i) for i in ids))


class ClientTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.client = AsyncMock(spec=HttpClient)

    async def test_fetch_user(self):
        self.client.get_json.return_value = {"name": "Ada"}
        self.assertEqual(await fetch_user(self.client, 1), "Ada")
        self.client.get_json.assert_awaited_once_with("/users/1")
        self.assertEqual(self.client.get_json.await_args, call("/users/1"))

    async def test_spec_keeps_sync_methods_sync(self):
        self.assertIsInstance(self.client.get_json, AsyncMock)
        self.client.close()
        self.client.close.assert_called_once_with()
        with self.assertRaises(AttributeError):
            self.client.post

    async def test_retry_on_connection_error(self):
        self.client.get_json.side_effect = [ConnectionError(), {"ok": True}]
        self.assertEqual(await fetch_with_retry(self.client, "/x"), {"ok": True})
        self.assertEqual(self.client.get_json.await_count, 2)
        self.client.get_json.assert_has_awaits([call("/x"), call("/x")])

    async def test_gives_up(self):
        self.client.get_json.side_effect = ConnectionError("down")
        with self.assertRaises(RuntimeError):
            await fetch_with_retry(self.client, "/x")
        self.assertEqual(self.client.get_json.await_args_list, [call("/x")] * 3)

    async def test_async_side_effect_function(self):
        async def fake(url):
            await asyncio.sleep(0)
            return {"name": url.upper()}

        self.client.get_json.side_effect = fake
        self.assertEqual(await fetch_all(self.client, [1, 2]), ["/USERS/1", "/USERS/2"])
        self.client.get_json.assert_any_await("/users/2")

    @patch("__main__.http_get")
    async def test_patch_detects_async_function(self, mock_get):
        self.assertIsInstance(mock_get, AsyncMock)
        mock_get.return_value = {"temp": 21}
        self.assertEqual(await get_temperature("oslo"), 21)
        mock_get.assert_awaited_once_with("https://weather.example/oslo")

    @patch("__main__.http_get", new_callable=AsyncMock, return_value={"temp": 5})
    @patch.object(HttpClient, "close")
    async def test_stacked_patches(self, mock_close, mock_get):
        HttpClient().close()
        self.assertEqual(await get_temperature("rome"), 5)
        mock_close.assert_called_once_with()
        self.assertEqual(type(mock_get).__name__, "AsyncMock")

    async def test_patch_as_context_manager(self):
        with patch("__main__.http_get", side_effect=TimeoutError("slow")) as mock_get:
            with self.assertRaises(TimeoutError):
                await get_temperature("lima")
            mock_get.assert_awaited()
        with self.assertRaises(RuntimeError):
            await get_temperature("lima")

    async def test_session_context_manager(self):
        session = MagicMock()
        resp = session.get.return_value.__aenter__.return_value
        resp.status = 200
        resp.json.return_value = {"title": "Hello"}
        self.assertEqual(await fetch_title(session, "https://x"), "Hello")
        session.get.assert_called_once_with("https://x")
        resp.status = 500
        with self.assertRaisesRegex(RuntimeError, "status 500"):
            await fetch_title(session, "https://x")

    async def test_assertion_messages(self):
        get = AsyncMock(name="get")
        for check in (get.assert_awaited, get.assert_awaited_once,
                      lambda: get.assert_awaited_with(1)):
            with self.assertRaises(AssertionError) as cm:
                check()
            messages.append(str(cm.exception))
        await get(1)
        await get(2)
        for check in (get.assert_awaited_once, get.assert_not_awaited,
                      lambda: get.assert_awaited_with(1),
                      lambda: get.assert_called_once_with(2),
                      lambda: get.assert_has_awaits([call(3)])):
            with self.assertRaises(AssertionError) as cm:
                check()
            messages.append(str(cm.exception))
        coro = get(3)
        self.assertEqual(get.call_count, 3)
        self.assertEqual(get.await_count, 2)
        await coro
        get.assert_awaited_with(3)


class PatcherTests(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        patcher = patch("__main__.http_get", return_value={"temp": -3})
        self.mock_get = patcher.start()
        self.addCleanup(patcher.stop)

    async def test_started_patch(self):
        self.assertEqual(await get_temperature("nuuk"), -3)
        self.assertEqual(self.mock_get.call_args_list, [call("https://weather.example/nuuk")])


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(ClientTests))
unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(PatcherTests))
print(re.sub(r" in \d+\.\d+s", " in X.XXXs", stream.getvalue()))
for message in messages:
    print("AssertionError", message)
print(result.wasSuccessful(), http_get.__name__, HttpClient.close.__name__)
