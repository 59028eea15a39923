# print with sep, end, file and flush.
import sys

print("a", "b", "c")
print("a", "b", "c", sep="-")
print("a", "b", sep="")
print("no newline", end="")
print(" ... continued")
print("x", end="!\n")
print()
print(1, 2.5, None, True, [1], {"k": "v"}, (1,), "str")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep=", ")
print("multi\nline")
print("", "leading sep")
print(sep="ignored")
print("last line to stderr", file=sys.stderr)
