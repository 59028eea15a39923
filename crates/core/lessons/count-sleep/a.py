# Three counts, one after another: each sleep blocks everything.
import time


def count():
    print("One")
    time.sleep(1)
    print("Two")


def main():
    for _ in range(3):
        count()


start = time.perf_counter()
main()
print(f"executed in {time.perf_counter() - start:.1f} seconds.")
