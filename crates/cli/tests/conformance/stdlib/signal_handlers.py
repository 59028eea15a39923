# signal as asyncio tutorials' graceful shutdown uses it: the numbers and their
# names, handlers set, read and raised, loop.add_signal_handler and
# remove_signal_handler (no signal comes while the program runs).
import asyncio
import signal

print(signal.SIGINT, repr(signal.SIGTERM), int(signal.SIGTERM), signal.SIGINT.name, signal.Signals(15), signal.NSIG)
print(signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM), signal.SIG_IGN, repr(signal.SIG_DFL))
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM), signal.strsignal(signal.SIGKILL))


def on_term(signum, frame):
    print("handler got", signal.Signals(signum).name)


old = signal.signal(signal.SIGTERM, on_term)
print(old, signal.getsignal(signal.SIGTERM) is on_term)
signal.raise_signal(signal.SIGTERM)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
try:
    signal.signal(99, on_term)
except ValueError as e:
    print("ValueError:", e)


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    print(loop.remove_signal_handler(signal.SIGTERM), loop.remove_signal_handler(signal.SIGHUP))
    try:
        loop.add_signal_handler(signal.SIGKILL, stop.set)
    except RuntimeError as e:
        print("RuntimeError:", e)
    await asyncio.sleep(0.1)
    print("no signal came:", not stop.is_set())


asyncio.run(main())
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
