# tracemalloc: tracing on and off, the memory in use rising with the data
# made and falling when it goes, the peak kept and reset, CPython's errors;
# a never-awaited coroutine reported with where it was made.
import tracemalloc
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
tracemalloc.start()

async def work():
    pass

def main():
    work()

main()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
data = [str(i) * 10 for i in range(20000)]
current, peak = tracemalloc.get_traced_memory()
print(current > 100000, peak >= current)
del data
after, peak2 = tracemalloc.get_traced_memory()
print(after < current, peak2 >= peak)
tracemalloc.reset_peak()
print(tracemalloc.get_traced_memory()[1] < peak)
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print(e)
try:
    tracemalloc.start(0)
except ValueError as e:
    print(e)
