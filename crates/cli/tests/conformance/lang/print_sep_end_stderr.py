# print with sep, end, file=sys.stderr; sys.stdout.write.
import sys
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" <- continued")
print("to stderr", file=sys.stderr)
print(1, 2, sep="", end="!\n")
sys.stdout.write("written\n")
print()
print(*[1, 2, 3])
print("x", None, 3.5, [1, "2"], {"k": "v"})
