# The TCP echo server and client of asyncio's streams documentation, in one
# program (its port changed).
import asyncio

async def handle_echo(reader, writer):
    data = await reader.read(100)
    message = data.decode()
    addr = writer.get_extra_info('peername')
    print(f"Received {message!r}")
    writer.write(data)
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def tcp_echo_client(message):
    reader, writer = await asyncio.open_connection('127.0.0.1', 28733)
    print(f'Send: {message!r}')
    writer.write(message.encode())
    await writer.drain()
    data = await reader.read(100)
    print(f'Received: {data.decode()!r}')
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle_echo, '127.0.0.1', 28733)
    addrs = ', '.join(str(sock.getsockname()) for sock in server.sockets)
    print(f'Serving on {addrs}')
    async with server:
        await tcp_echo_client('Hello World!')

asyncio.run(main())
