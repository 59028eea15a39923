import asyncio

width = 10
precision = 3
value = 3.14159265
name = "asyncio"
items = ["a", "b", "c"]

print(f"{value:{width}.{precision}f}|")
print(f"{name!r:>12} {name!s:<12}|{name!a}")
print(f"{value=}", f"{value = :.2f}", f"{len(items)=}")
print(f"{{literal braces}} and {items[0]}{items[-1]}")
print(f"{'nested' + ' quotes'}", f'{"double" if value > 3 else "single"}')
print(f"{3 + 4:#x} {255:08b} {1234567:,} {0.25:.1%}")
print("plain " f"mixed {name} " 'concatenation' f" {width * 2}")
print(rf"raw \n {name}", fr"{name}\t")
print(f"""multi
line {name.upper()}
""")
message = (
    f"{name} has {len(items)} items: "
    f"{', '.join(items)}"
)
print(message)


async def show(delay):
    await asyncio.sleep(delay)
    return f"slept {delay:.1f}s"

print(asyncio.run(show(0.1)))
