# Which tasks start_server and a connection start, by their numbers, and
# that the handler runs before open_connection returns.
import asyncio
async def handle(r, w):
    print("handler", asyncio.current_task().get_name())
    w.close()
async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 28732)
    print(asyncio.create_task(asyncio.sleep(0)).get_name())
    r, w = await asyncio.open_connection("127.0.0.1", 28732)
    print(asyncio.create_task(asyncio.sleep(0)).get_name())
    await asyncio.sleep(0.01)
    r, w = await asyncio.open_connection("127.0.0.1", 28732)
    print(asyncio.create_task(asyncio.sleep(0)).get_name())
    await asyncio.sleep(0.01)
    server.close()
asyncio.run(main())
