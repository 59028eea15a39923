# platform as the tutorials test it (the Linux branch), gc's controls, and
# socket's names that programs catch and compare.
import gc
import platform
import socket

print(platform.system(), platform.python_version(), platform.python_implementation())
print(platform.architecture(), platform.python_version_tuple(), platform.system() == "Windows")
print(platform.win32_ver(), platform.mac_ver())

print(gc.isenabled(), gc.get_threshold())
gc.disable()
print(gc.isenabled())
gc.enable()

print(socket.AF_INET, repr(socket.SOCK_STREAM), socket.timeout is TimeoutError, socket.error is OSError)
print(issubclass(socket.gaierror, OSError), socket.gethostbyname("localhost"))
try:
    socket.gethostbyname("no-such-host.invalid")
except socket.gaierror as e:
    print(type(e).__name__, e)
