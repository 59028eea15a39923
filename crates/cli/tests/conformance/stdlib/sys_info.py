# sys as programs read it: version_info and the other struct sequences (reprs,
# comparisons, read-only), the interpreter's description, path as a list,
# stdin at its end.
import sys
print(sys.version_info, sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major)
print(sys.float_info.epsilon, sys.float_info, sys.int_info.bits_per_digit)
print(sys.implementation.name, sys.implementation.version.minor, hex(sys.hexversion), sys.byteorder, sys.maxunicode)
print(sys.flags.optimize, sys.getdefaultencoding(), sys.stdin.readline() == "", sys.stdin.isatty())
sys.path.insert(0, "/tmp/extra"); print(sys.path[0], type(sys.path).__name__)
print(sys.platform, sys.maxsize, sys.getrecursionlimit())
try:
    sys.version_info.major = 4
except AttributeError as e:
    print("AttributeError", e)
print(tuple(sys.version_info), len(sys.float_info), sys.float_info.max == float("1.7976931348623157e+308"))
