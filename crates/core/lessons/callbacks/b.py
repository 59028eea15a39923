# add_done_callback: the loop calls fn(task) when the task ends.
import asyncio
import time


async def download(page):
    await asyncio.sleep(1)
    return f"<html of {page}>"


def on_done(task):
    print("callback got:", task.result())


async def main():
    task = asyncio.create_task(download("index"))
    task.add_done_callback(on_done)
    print("main goes on while the download runs")
    await task
    await asyncio.sleep(0)  # give the callback its turn


start = time.perf_counter()
asyncio.run(main())
print(f"took {time.perf_counter() - start:.1f} s")
