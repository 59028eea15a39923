# printf-style formatting.
print("%s has %d items costing %.2f" % ("cart", 3, 9.5))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%r %s %a" % ("q", "q", "é"))
print("%10.3f|%-10.3f|%e|%g|%g" % (3.14159, 3.14159, 1234.5, 0.00001, 1234567.0))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("100%% done, %c%c" % (72, "i"))
print("%s" % [1, 2], "%s" % (("tuple",),), "%.3s" % "abcdef")
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
print("hello %s" % "world", "%*d|" % (6, 7), "%s" % (None,), "%+.1f %g" % (2.25, 0.0001))
