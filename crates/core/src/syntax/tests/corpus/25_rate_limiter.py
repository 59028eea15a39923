import asyncio
import time


class RateLimiter:
    def __init__(self, rate: float, per: float = 1.0) -> None:
        self.rate, self.per = rate, per
        self.allowance = rate
        self.last = time.monotonic()

    async def acquire(self):
        while True:
            now = time.monotonic()
            elapsed, self.last = now - self.last, now
            self.allowance = min(self.rate, self.allowance + elapsed * (self.rate / self.per))
            if self.allowance >= 1:
                self.allowance -= 1
                return
            await asyncio.sleep((1 - self.allowance) * (self.per / self.rate))


async def call_api(limiter, i):
    await limiter.acquire()
    print(f"[{time.monotonic():.2f}] request {i}")


async def main():
    limiter = RateLimiter(rate=5, per=1)
    await asyncio.gather(*[call_api(limiter, i) for i in range(12)])

asyncio.run(main())
