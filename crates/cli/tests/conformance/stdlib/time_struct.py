# time: struct_time, gmtime/localtime (UTC here), strftime directives, asctime/ctime/mktime, errors, the _ns clocks.
import time
t = time.gmtime(1714566600)
print(t)
print(t.tm_year, t[0], len(t), list(t)[:3], t == tuple(t))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %U %W %w %u %G %V %%", t))
print(time.asctime(t), time.mktime(t))
print(time.gmtime(0).tm_zone, time.localtime(0).tm_zone)
print(time.strftime('%c|%x|%X|%e', time.gmtime(-86400 * 400)))
for e in [lambda: time.strftime(5), lambda: time.asctime((1,2)), lambda: time.gmtime("x"), lambda: time.mktime(5)]:
    try: e()
    except Exception as x: print(type(x).__name__, x)
a = time.time_ns(); b = time.perf_counter_ns(); c = time.monotonic_ns()
print(type(a), type(b), type(c))
print(time.localtime(86400*365.25*30))
