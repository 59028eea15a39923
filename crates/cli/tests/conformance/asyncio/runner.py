import asyncio

async def main():
    await asyncio.sleep(1)
    print('hello')
    return 42

with asyncio.Runner() as runner:
    print(runner.run(main()))
    loop = runner.get_loop()
    print(type(loop).__name__ if False else loop.is_closed())
    print(runner.run(main()))
print(loop.is_closed())

async def echo(x):
    await asyncio.sleep(0.1)
    return x

with asyncio.Runner(debug=True) as r:
    print(r.run(echo('dbg')))
    print(r.get_loop().get_debug())

r = asyncio.Runner()
print(r.run(echo(3)))
r.close()
try:
    r.run(echo(4))
except RuntimeError as e:
    print('error:', e)
