# wait with a timeout: (done, pending); pending tasks keep running.
import asyncio

async def job(d):
    await asyncio.sleep(d)
    print("job", d, "finished")
    return d

async def main():
    tasks = [asyncio.create_task(job(d), name=f"job{d}") for d in (0.1, 0.3, 0.5)]
    done, pending = await asyncio.wait(tasks, timeout=0.2)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending)
    print(sorted(t.result() for t in done), len(pending))

asyncio.run(main())
