# A BoundedSemaphore refuses to go above its starting value; a plain
# Semaphore silently grows.
import threading

plain = threading.Semaphore(1)
plain.release()
print("plain acquires without blocking:", plain.acquire(False), plain.acquire(False), plain.acquire(False))

bounded = threading.BoundedSemaphore(2)
bounded.acquire()
bounded.release()
try:
    bounded.release()
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
