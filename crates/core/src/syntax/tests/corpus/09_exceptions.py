import asyncio


class AppError(Exception):
    pass


class RetryError(AppError):
    def __init__(self, attempts, last=None):
        super().__init__(f"gave up after {attempts} attempts")
        self.attempts = attempts
        self.last = last


async def flaky(n):
    await asyncio.sleep(0)
    if n < 3:
        raise ConnectionError(f"attempt {n} failed")
    return "ok"


async def retry(times=5):
    last = None
    for attempt in range(times):
        try:
            return await flaky(attempt)
        except (ConnectionError, TimeoutError) as e:
            last = e
            print("retrying after", e)
        except Exception:
            raise
        else:
            print("unreachable")
    raise RetryError(times, last) from last


async def main():
    try:
        print(await retry())
        await retry(2)
    except RetryError as err:
        print(err, err.attempts, repr(err.last))
    except:
        print("something else")
    finally:
        print("finally")
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    assert 1 + 1 == 2, "math is broken"


asyncio.run(main())
