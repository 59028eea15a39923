# exec, eval and compile: namespaces, results, and their SyntaxErrors.
print(eval("1 + 2 * 3"), eval("  [x * 2 for x in range(3)]"))
x = 10
print(eval("x + 1"), eval("x + y", {"x": 1, "y": 2}), eval("x * y", {"x": 2}, {"y": 5}))
exec("z = x * 3")
print(z)
g = {"a": 4}
exec("b = a + 1\ndef f(n):\n    return n * a\nc = f(2)", g)
print(sorted(k for k in g), g["b"], g["c"], g["f"](10))
loc = {}
exec("p = 1\nq = p + 1", {"p0": 0}, loc)
print(loc)
exec("del a", g)
print("a" in g, g["b"])
code = compile("total = sum(range(5))", "<calc>", "exec")
print(type(code).__name__)
ns = {}
print(exec(code, ns), ns["total"])
ecode = compile("3 ** 4", "<expr>", "eval")
print(eval(ecode), eval(compile("x", "f", "exec")))
exec(compile("print('from compiled', x)", "f.py", "single"))
print(eval(b"2 + 2"))


def attempt(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "filename", None), getattr(e, "lineno", None))


attempt(lambda: eval("1 +"))
attempt(lambda: eval("x = 1"))
attempt(lambda: eval("1\n2"))
attempt(lambda: eval(""))
attempt(lambda: exec("def f(:"))
attempt(lambda: exec("return 1"))
attempt(lambda: exec("  y = 1"))
attempt(lambda: compile("(", "<mine>", "exec"))
attempt(lambda: compile("1", "<mine>", "bogus"))
attempt(lambda: compile("1"))
attempt(lambda: eval(5))
attempt(lambda: exec(5))
attempt(lambda: eval("1", 5))
attempt(lambda: eval("1", {}, 5))
attempt(lambda: eval())
attempt(lambda: eval("undefined_name"))
attempt(lambda: eval("1/0"))
attempt(lambda: exec("raise ValueError('inside')"))
try:
    eval("1 +")
except SyntaxError as e:
    print(e.msg, e.lineno, e.text, e.args[0])
counter = {"n": 0}
exec("for i in range(4):\n    n += i", counter)
print(counter["n"])
exec("for i in range(3): pass")
print(i)
exec("if True:\n  oops = (")
