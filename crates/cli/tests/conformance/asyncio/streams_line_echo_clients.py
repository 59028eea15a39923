# asyncio streams between tasks of one program: a line-echo server, clients
# reading lines, exactly n bytes and up to EOF; a refused connection.
import asyncio

PORT = 28731


async def handle(reader, writer):
    name = asyncio.current_task().get_name()
    async for line in reader:
        text = line.decode().strip()
        print(f"server {name} got {text!r}")
        if text == "bye":
            break
        writer.write(f"echo {text}\n".encode())
        await writer.drain()
    writer.write(b"12345")
    writer.close()
    await writer.wait_closed()
    print(f"server {name} closed")


async def client(label, lines):
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    for text in lines:
        writer.write(f"{text}\n".encode())
        await writer.drain()
        print(label, "reply", await reader.readline())
    writer.write(b"bye\n")
    print(label, "exactly", await reader.readexactly(3))
    print(label, "rest", await reader.read())
    print(label, "at eof", reader.at_eof(), await reader.read(10))
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", PORT)
    print(type(server).__name__, server.is_serving())
    async with server:
        await asyncio.gather(client("A", ["one", "two"]), client("B", ["three"]))
    print("serving after close:", server.is_serving())
    try:
        await asyncio.open_connection("127.0.0.1", PORT)
    except ConnectionRefusedError as e:
        print("refused:", e)
    r = asyncio.StreamReader()
    r.feed_data(b"abc")
    r.feed_eof()
    try:
        await r.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial, e.expected)
    print(len(asyncio.all_tasks()))


asyncio.run(main())
