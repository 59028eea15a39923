# A pool of four threads over 2,000 small jobs: submit, run, result, the
# work queue's locks and conditions (library code in Python on both sides).
from concurrent.futures import ThreadPoolExecutor


def job(n):
    return sum(range(n % 50))


with ThreadPoolExecutor(max_workers=4) as pool:
    total = sum(pool.map(job, range(2000)))
print(total)
