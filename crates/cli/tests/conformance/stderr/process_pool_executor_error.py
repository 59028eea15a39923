# A ProcessPoolExecutor job that raises: its _RemoteTraceback goes through
# concurrent/futures/process.py's _process_worker, the parent's through
# _base.py's result and __get_result.
import concurrent.futures

def f(x):
    return 1 / x

if __name__ == "__main__":
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as ex:
        fut = ex.submit(f, 0)
        print(fut.result())
