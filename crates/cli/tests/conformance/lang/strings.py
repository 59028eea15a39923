# Common str methods.
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), s.strip().lower(), s.strip().upper())
t = "a,b,,c"
print(t.split(","), t.split(",", 1), t.rsplit(",", 1), "a b  c".split(), " x ".split(" "))
print("-".join(["x", "y", "z"]), "hello".replace("l", "L"), "hello".replace("l", "L", 1))
print("hello".startswith("he"), "hello".endswith(("lo", "x")), "hello".find("l"), "hello".rfind("l"), "hello".find("z"))
print("hello".count("l"), "hello".index("e"), "Hello World".title(), "hello".capitalize(), "HeLLo".swapcase())
print("42".isdigit(), "abc".isalpha(), "ab1".isalnum(), "   ".isspace(), "ABC".isupper(), "abc".islower())
print("x".center(7, "*"), "x".ljust(4, "."), "x".rjust(4), "42".zfill(5), "-42".zfill(5))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "a\nb\r\nc".splitlines())
print(len("héllo"), "héllo"[1], "abc"[::-1], "abc" * 3, "b" in "abc", "ab" < "ac", ord("é"), chr(233))
print("prefix_name".removeprefix("prefix_"), "file.py".removesuffix(".py"), "a\tb".expandtabs(4))
print(str(12), str(None), str([1, "a"]), repr("it's"), repr('say "hi"'), repr("both ' and \""))
