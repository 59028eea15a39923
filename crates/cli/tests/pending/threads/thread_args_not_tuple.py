# A classic slip: args=(5) is just 5, not a one-item tuple. The thread
# fails when it starts, with the error reported for that thread; args=(5,)
# is the fix.
import threading


def countdown(n):
    print("counting down from", n)


t = threading.Thread(target=countdown, args=(5))
t.start()
t.join()
t = threading.Thread(target=countdown, args=(5,))
t.start()
t.join()
