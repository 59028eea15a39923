# contextvars' example from CPython's docs: a server remembers its client's
# address (from the transport's socket) in a context variable per connection.
import asyncio
import contextvars

client_addr_var = contextvars.ContextVar('client_addr')


def render_goodbye():
    host, port = client_addr_var.get()
    return f'Good bye, client @ {host} (port {"ephemeral" if port > 1024 else port})\n'.encode()


async def handle_request(reader, writer):
    sock = writer.transport.get_extra_info('socket')
    addr = sock.getpeername()
    print(sock.getsockname(), writer.get_extra_info('peername') == addr)
    client_addr_var.set(addr)
    while True:
        line = await reader.readline()
        print(line)
        if not line.strip():
            break
    writer.write(render_goodbye())
    writer.close()


async def main():
    srv = await asyncio.start_server(handle_request, '127.0.0.1', 8081)
    async with srv:
        for word in (b'hello', b'again'):
            reader, writer = await asyncio.open_connection('127.0.0.1', 8081)
            writer.write(word + b'\n\n')
            print(await reader.read())
            writer.close()
            await writer.wait_closed()
    print(client_addr_var.get('no client in main'))


asyncio.run(main())
