# CPython's asyncio-stream docs' echo client with no server listening: the
# ConnectionRefusedError's traceback goes through asyncio's own files.
import asyncio


async def tcp_echo_client(message):
    reader, writer = await asyncio.open_connection(
        '127.0.0.1', 8888)

    print(f'Send: {message!r}')
    writer.write(message.encode())
    await writer.drain()

asyncio.run(tcp_echo_client('Hello World!'))
