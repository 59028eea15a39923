# aiofiles: open (awaited and as `async with`), read, write, async iteration,
# binary files, two handles appending to one file, aiofiles.os, errors.
import asyncio
import aiofiles
import aiofiles.os


async def write_one(i):
    async with aiofiles.open(f"out{i}.txt", "w") as f:
        await f.write(f"line {i}\n")
        await f.writelines(["a\n", "b\n"])


async def main():
    await asyncio.gather(*(write_one(i) for i in range(3)))
    for i in range(3):
        async with aiofiles.open(f"out{i}.txt") as f:
            print(repr(await f.read()))
    f = await aiofiles.open("out0.txt", mode="r")
    async for line in f:
        print("got", line.rstrip())
    print(f.closed)
    await f.close()
    print(f.closed)
    a = await aiofiles.open("log.txt", "a")
    b = await aiofiles.open("log.txt", "a")
    await a.write("A1\n")
    await b.write("B1\n")
    await b.close()
    await a.write("A2\n")
    await a.close()
    async with aiofiles.open("log.txt") as f:
        print(await f.readlines())
    async with aiofiles.open("data.bin", "wb") as f:
        await f.write(b"\x00\x01")
    async with aiofiles.open("data.bin", "rb") as f:
        print(await f.read(1), await f.tell(), f.name, f.mode)
        await f.seek(0)
        print(await f.read())
    print(await aiofiles.os.path.exists("out1.txt"), await aiofiles.os.path.getsize("data.bin"))
    await aiofiles.os.remove("out1.txt")
    print(await aiofiles.os.path.exists("out1.txt"), await aiofiles.os.path.isfile("out2.txt"))
    try:
        async with aiofiles.open("missing.txt") as f:
            pass
    except FileNotFoundError as e:
        print("error", e)
    for name in ("out0.txt", "out2.txt", "log.txt", "data.bin"):
        await aiofiles.os.remove(name)
    print([await aiofiles.os.path.exists(n) for n in ("out0.txt", "log.txt")])


asyncio.run(main())
