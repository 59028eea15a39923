import asyncio


class Connection:
    opened = 0

    def __init__(self, host, port=8080):
        self.host = host
        self.port = port
        self.closed = True

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        self.closed = False
        Connection.opened += 1
        print(f"open {self.host}:{self.port}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        self.closed = True
        print("close", self.host, "error" if exc_type else "ok")
        return False

    def __repr__(self):
        return f"Connection({self.host!r}, {self.port})"


async def main():
    async with Connection("example.org") as a, Connection("localhost", 9000) as b:
        print(a, b)
    async with (
        Connection("x") as c,
        Connection("y"),
    ):
        print(c.closed)
    try:
        async with Connection("z"):
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e)


asyncio.run(main())
