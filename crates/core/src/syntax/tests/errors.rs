//! Syntax errors worded and placed like CPython 3.11's. The expected values
//! in `CASES` are CPython 3.11's (`type(e).__name__, e.msg, e.lineno,
//! e.offset` from `compile(src, 'main.py', 'exec')`), recorded once with
//! python3 and hard-coded; `cases_agree_with_live_cpython` re-checks them
//! whenever python3 is on PATH.

use super::support::{python, TempFile};
use crate::syntax::{parse, SyntaxErrorKind};

/// (source, exception type, message, line, 1-based offset).
const CASES: &[(&str, &str, &str, u32, u32)] = &[
    ("print(\"a\"\n", "SyntaxError", "'(' was never closed", 1, 6),
    ("x = )\n", "SyntaxError", "unmatched ')'", 1, 5),
    ("x = [1, 2)\n", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '['", 1, 10),
    ("x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5),
    ("x = '''abc\n\ny\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 5),
    ("if x\n  pass\n", "SyntaxError", "expected ':'", 1, 5),
    ("if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1),
    ("def f():\nreturn\n", "IndentationError", "expected an indented block after function definition on line 1", 2, 1),
    ("for x in y:\nz\n", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 1),
    ("while x:\nz\n", "IndentationError", "expected an indented block after 'while' statement on line 1", 2, 1),
    ("class C:\nz\n", "IndentationError", "expected an indented block after class definition on line 1", 2, 1),
    ("try:\nz\n", "IndentationError", "expected an indented block after 'try' statement on line 1", 2, 1),
    ("try:\n  x\nexcept:\nz\n", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 1),
    ("try:\n  x\nfinally:\nz\n", "IndentationError", "expected an indented block after 'finally' statement on line 3", 4, 1),
    ("try:\n  x\nexcept E as e:\nz\n", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 1),
    ("if x:\n  y\nelse:\nz\n", "IndentationError", "expected an indented block after 'else' statement on line 3", 4, 1),
    ("if x:\n  y\nelif z:\nw\n", "IndentationError", "expected an indented block after 'elif' statement on line 3", 4, 1),
    ("with a:\nz\n", "IndentationError", "expected an indented block after 'with' statement on line 1", 2, 1),
    ("async def f():\nz\n", "IndentationError", "expected an indented block after function definition on line 1", 2, 1),
    ("async def f():\n  async with a:\n  z\n", "IndentationError", "expected an indented block after 'with' statement on line 2", 3, 3),
    ("async def f():\n  async for a in b:\n  z\n", "IndentationError", "expected an indented block after 'for' statement on line 2", 3, 3),
    ("for x in y:\n  a\nelse:\nb\n", "IndentationError", "expected an indented block after 'else' statement on line 3", 4, 1),
    ("if x:\n    a\n  b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 4),
    ("  x = 1\n", "IndentationError", "unexpected indent", 1, 2),
    ("x = 1 2\n", "SyntaxError", "invalid syntax", 1, 7),
    ("f(a b)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3),
    ("f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1),
    ("1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1),
    ("return 1\n", "SyntaxError", "'return' outside function", 1, 1),
    ("await x\n", "SyntaxError", "'await' outside function", 1, 1),
    ("break\n", "SyntaxError", "'break' outside loop", 1, 1),
    ("continue\n", "SyntaxError", "'continue' not properly in loop", 1, 1),
    ("x = 1abc\n", "SyntaxError", "invalid decimal literal", 1, 5),
    ("print 'hello'\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1),
    ("f'{x'\n", "SyntaxError", "f-string: expecting '}'", 1, 6),
    ("f'{'\n", "SyntaxError", "f-string: expecting '}'", 1, 5),
    ("f'{}'\n", "SyntaxError", "f-string: empty expression not allowed", 1, 6),
    ("f'}'\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 5),
    ("x = (1,\n2,\n", "SyntaxError", "'(' was never closed", 1, 5),
    ("a = 1 +\n", "SyntaxError", "invalid syntax", 1, 8),
    ("x = [\n", "SyntaxError", "'[' was never closed", 1, 5),
    ("def f(:\n", "SyntaxError", "invalid syntax", 1, 7),
    ("lambda x: = 1\n", "SyntaxError", "invalid syntax", 1, 11),
    ("if x = 1:\n  pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4),
    ("x = 0777\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5),
    ("x = 1_\n", "SyntaxError", "invalid decimal literal", 1, 6),
    ("x = 0x\n", "SyntaxError", "invalid hexadecimal literal", 1, 6),
    ("x = 1e\n", "SyntaxError", "invalid decimal literal", 1, 5),
    ("yield x\n", "SyntaxError", "'yield' outside function", 1, 1),
    ("def f():\n  await x\n", "SyntaxError", "'await' outside async function", 2, 3),
    ("x += 1 = 2\n", "SyntaxError", "invalid syntax", 1, 8),
    ("a, b += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1),
    ("del f()\n", "SyntaxError", "cannot delete function call", 1, 5),
    ("None = 1\n", "SyntaxError", "cannot assign to None", 1, 1),
    ("x.True\n", "SyntaxError", "invalid syntax", 1, 3),
    ("def f(x, x): pass\n", "SyntaxError", "duplicate argument 'x' in function definition", 1, 10),
    ("nonlocal x\n", "SyntaxError", "nonlocal declaration not allowed at module level", 1, 1),
    ("class C:\n  return 1\n", "SyntaxError", "'return' outside function", 2, 3),
    ("x = ¢\n", "SyntaxError", "invalid character '¢' (U+00A2)", 1, 5),
    ("x = $\n", "SyntaxError", "invalid syntax", 1, 5),
    ("a ? b\n", "SyntaxError", "invalid syntax", 1, 3),
    ("from x import *, y\n", "SyntaxError", "invalid syntax", 1, 16),
    ("import a.b as c.d\n", "SyntaxError", "invalid syntax", 1, 16),
    ("f(**x, *y)\n", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8),
    ("f(x=1, y)\n", "SyntaxError", "positional argument follows keyword argument", 1, 9),
    ("f(x for x in y, 1)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 3),
    ("def f(a=1, b): pass\n", "SyntaxError", "non-default argument follows default argument", 1, 12),
    ("def f(*): pass\n", "SyntaxError", "named arguments must follow bare *", 1, 7),
    ("def f(**k, a): pass\n", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12),
    ("x = yield = 1\n", "SyntaxError", "assignment to yield expression not possible", 1, 5),
    ("[x for x in]\n", "SyntaxError", "invalid syntax", 1, 12),
    ("{1: 2, 3}\n", "SyntaxError", "':' expected after dictionary key", 1, 8),
    ("a if b\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 1),
    ("if True:\n\tx\n        y\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1),
    ("x = 1 if 2 else\n", "SyntaxError", "invalid syntax", 1, 16),
    ("x = (yield)\n", "SyntaxError", "'yield' outside function", 1, 6),
    ("def f(): x = yield from\n", "SyntaxError", "invalid syntax", 1, 24),
    ("else:\n  pass\n", "SyntaxError", "invalid syntax", 1, 1),
    ("elif x:\n  pass\n", "SyntaxError", "invalid syntax", 1, 1),
    ("x = {'a' 1}\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6),
    ("print(f\"{x!z}\")\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 15),
    ("print(f\"{x!}\")\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 14),
    ("f\"{x:{y:{z}}}\"\n", "SyntaxError", "f-string: expressions nested too deeply", 1, 15),
    ("f'{a b}'\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2),
    ("f'{=}'\n", "SyntaxError", "f-string: expression required before '='", 1, 7),
    ("x = 5 +* 3\n", "SyntaxError", "invalid syntax", 1, 8),
    ("for x in range(10)\n  pass\n", "SyntaxError", "expected ':'", 1, 19),
    ("def f()\n  pass\n", "SyntaxError", "expected ':'", 1, 8),
    ("class A\n  pass\n", "SyntaxError", "expected ':'", 1, 8),
    ("while x\n  pass\n", "SyntaxError", "expected ':'", 1, 8),
    ("x = 1\n  y = 2\n", "IndentationError", "unexpected indent", 2, 2),
    ("foo(\n", "SyntaxError", "'(' was never closed", 1, 4),
    ("foo())\n", "SyntaxError", "unmatched ')'", 1, 6),
    ("foo(]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 5),
    ("'\\N{foo}'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", 1, 10),
    ("b'é'\n", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 1),
    ("'\\x1'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 6),
    ("a.\n", "SyntaxError", "invalid syntax", 1, 3),
    ("import\n", "SyntaxError", "invalid syntax", 1, 7),
    ("from x import\n", "SyntaxError", "invalid syntax", 1, 14),
    ("x =\n", "SyntaxError", "invalid syntax", 1, 4),
    ("\n\n)\n", "SyntaxError", "unmatched ')'", 3, 1),
    ("x = [1,\n 2,\n 3\ny = 4\n", "SyntaxError", "'[' was never closed", 1, 5),
    ("if x:\n        a\n    b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 6),
    ("if x:\n    a\n b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 3),
    ("if x:\n    a\n   b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 5),
    ("    x = 1\n", "IndentationError", "unexpected indent", 1, 4),
    ("x = '''abc\n\ny", "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 5),
    ("x = '''abc\n\ny\n\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 5)", 1, 5),
    ("x = 'abc\\\ndef\n", "SyntaxError", "unterminated string literal (detected at line 2)", 1, 5),
    ("x = 0b102\n", "SyntaxError", "invalid digit '2' in binary literal", 1, 9),
    ("x = 0o8\n", "SyntaxError", "invalid digit '8' in octal literal", 1, 7),
    ("x = 0b\n", "SyntaxError", "invalid binary literal", 1, 6),
    ("x = 1__0\n", "SyntaxError", "invalid decimal literal", 1, 6),
    ("x = 1.5abc\n", "SyntaxError", "invalid decimal literal", 1, 7),
    ("x = 1.5_\n", "SyntaxError", "invalid decimal literal", 1, 8),
    ("x = 0x1g\n", "SyntaxError", "invalid hexadecimal literal", 1, 7),
    ("x = 1e+\n", "SyntaxError", "invalid decimal literal", 1, 7),
    ("x = 5j1\n", "SyntaxError", "invalid imaginary literal", 1, 6),
    ("x = 0_7\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5),
    ("x = 1 \\ 2\n", "SyntaxError", "unexpected character after line continuation character", 1, 8),
    ("x = 1 + \\", "SyntaxError", "unexpected EOF while parsing", 1, 10),
    ("x = (\n", "SyntaxError", "'(' was never closed", 1, 5),
    ("x = 1\n)", "SyntaxError", "unmatched ')'", 2, 1),
    ("x = [1,\n2]]\n", "SyntaxError", "unmatched ']'", 2, 3),
    ("x =", "SyntaxError", "invalid syntax", 1, 4),
    ("f'{x!rr}'\n", "SyntaxError", "f-string: expecting '}'", 1, 10),
    ("f'{x:'\n", "SyntaxError", "f-string: expecting '}'", 1, 7),
    ("f'{x}}'\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 8),
    ("f'{lambda x: 1}'\n", "SyntaxError", "f-string: invalid syntax", 1, 10),
    ("f'{x:{'\n", "SyntaxError", "f-string: expecting '}'", 1, 8),
    ("f'abc {x+} def'\n", "SyntaxError", "f-string: invalid syntax", 1, 4),
    ("f'{#}'\n", "SyntaxError", "f-string expression part cannot include '#'", 1, 7),
    ("f'{x\\n}'\n", "SyntaxError", "f-string expression part cannot include a backslash", 1, 9),
    ("x = f'{a}' f'{'\n", "SyntaxError", "f-string: expecting '}'", 1, 16),
    ("print(f\"{a b}\")\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2),
    ("\n\nprint(f\"{a b}\")\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 3, 2),
    ("print(f\"\"\"\n{a b}\"\"\")\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 2, 2),
    ("f() = 1 = 2\n", "SyntaxError", "cannot assign to function call", 1, 1),
    ("x, f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 4),
    ("a + b = 1\n", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1),
    ("[1] = x\n", "SyntaxError", "cannot assign to literal", 1, 2),
    ("(1, 2) = x\n", "SyntaxError", "cannot assign to literal", 1, 2),
    ("x = f() = 1\n", "SyntaxError", "cannot assign to function call", 1, 5),
    ("f() += 1\n", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 1),
    ("del 1\n", "SyntaxError", "cannot delete literal", 1, 5),
    ("for f() in x: pass\n", "SyntaxError", "cannot assign to function call", 1, 5),
    ("with a as f(): pass\n", "SyntaxError", "cannot assign to function call", 1, 11),
    ("[x for 1 in y]\n", "SyntaxError", "cannot assign to literal", 1, 8),
    ("True = 1\n", "SyntaxError", "cannot assign to True", 1, 1),
    ("... = 1\n", "SyntaxError", "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?", 1, 1),
    ("'a' = 1\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1),
    ("a if b else c = 1\n", "SyntaxError", "cannot assign to conditional expression", 1, 1),
    ("-x = 1\n", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1),
    ("x + 1 += 1\n", "SyntaxError", "'expression' is an illegal expression for augmented assignment", 1, 1),
    ("lambda: 1 = 1\n", "SyntaxError", "cannot assign to lambda", 1, 1),
    ("(a, b) += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1),
    ("*a = 1\n", "SyntaxError", "starred assignment target must be in a list or tuple", 1, 1),
    ("x: int, y: int = 1,2\n", "SyntaxError", "invalid syntax", 1, 7),
    ("(x, y): int\n", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1),
    ("f(): int\n", "SyntaxError", "illegal target for annotation", 1, 1),
    ("a < b = 1\n", "SyntaxError", "cannot assign to comparison", 1, 1),
    ("not a = 1\n", "SyntaxError", "cannot assign to expression", 1, 1),
    ("f() = yield\n", "SyntaxError", "cannot assign to function call", 1, 1),
    ("(f()) = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 2),
    ("x = 1 = 2\n", "SyntaxError", "cannot assign to literal", 1, 5),
    ("a.b() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1),
    ("a[1] = f() = 3\n", "SyntaxError", "cannot assign to function call", 1, 8),
    ("x = y = f() = 1\n", "SyntaxError", "cannot assign to function call", 1, 9),
    ("[a, f()] = 1\n", "SyntaxError", "cannot assign to function call", 1, 5),
    ("(a, 1) = 2\n", "SyntaxError", "cannot assign to literal", 1, 5),
    ("f(x) = 1 + 2\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1),
    ("a and b = 1\n", "SyntaxError", "cannot assign to expression", 1, 1),
    ("x = a and b = 1\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 1),
    ("f'{x}' = 1\n", "SyntaxError", "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?", 1, 1),
    ("{} = 1\n", "SyntaxError", "cannot assign to dict literal here. Maybe you meant '==' instead of '='?", 1, 1),
    ("{a: b} = 1\n", "SyntaxError", "cannot assign to dict literal here. Maybe you meant '==' instead of '='?", 1, 1),
    ("a, *b, *c = 1\n", "SyntaxError", "multiple starred expressions in assignment", 1, 1),
    ("(yield) = 1\n", "SyntaxError", "cannot assign to yield expression here. Maybe you meant '==' instead of '='?", 1, 2),
    ("await x = 1\n", "SyntaxError", "cannot assign to await expression here. Maybe you meant '==' instead of '='?", 1, 1),
    ("x := 1\n", "SyntaxError", "invalid syntax", 1, 3),
    ("(a.b := 1)\n", "SyntaxError", "cannot use assignment expressions with attribute", 1, 2),
    ("if x = 1: pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4),
    ("if x.y = 1: pass\n", "SyntaxError", "cannot assign to attribute here. Maybe you meant '==' instead of '='?", 1, 4),
    ("while f() = 1: pass\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 7),
    ("f(a.b=1)\n", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3),
    ("f(True=1)\n", "SyntaxError", "cannot assign to True", 1, 3),
    ("f(a=1, a=2)\n", "SyntaxError", "keyword argument repeated: a", 1, 8),
    ("f(1=2)\n", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3),
    ("x = (1 for x in y) = 2\n", "SyntaxError", "cannot assign to generator expression", 1, 5),
    ("for x in y z: pass\n", "SyntaxError", "invalid syntax", 1, 12),
    ("for x y: pass\n", "SyntaxError", "invalid syntax", 1, 7),
    ("for x in : pass\n", "SyntaxError", "invalid syntax", 1, 10),
    ("if : pass\n", "SyntaxError", "invalid syntax", 1, 4),
    ("while x y: pass\n", "SyntaxError", "invalid syntax", 1, 9),
    ("def f(a b): pass\n", "SyntaxError", "invalid syntax", 1, 9),
    ("def f(a, b)\n  pass\n", "SyntaxError", "expected ':'", 1, 12),
    ("def f: pass\n", "SyntaxError", "expected '('", 1, 6),
    ("def (x): pass\n", "SyntaxError", "invalid syntax", 1, 5),
    ("class C(x y): pass\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9),
    ("with a b: pass\n", "SyntaxError", "invalid syntax", 1, 8),
    ("with a as b c: pass\n", "SyntaxError", "invalid syntax", 1, 13),
    ("try: pass\nexcept E e: pass\n", "SyntaxError", "invalid syntax", 2, 10),
    ("try: pass\nexcept E as: pass\n", "SyntaxError", "invalid syntax", 2, 12),
    ("try: pass\nexcept E, F: pass\n", "SyntaxError", "multiple exception types must be parenthesized", 2, 8),
    ("try:\n  pass\n", "SyntaxError", "expected 'except' or 'finally' block", 2, 7),
    ("try:\n  pass\nx = 1\n", "SyntaxError", "expected 'except' or 'finally' block", 3, 1),
    ("try: pass\nfinally pass\n", "SyntaxError", "expected ':'", 2, 9),
    ("if x: pass\nelse pass\n", "SyntaxError", "expected ':'", 2, 6),
    ("if x: pass\nelif y pass\n", "SyntaxError", "invalid syntax", 2, 8),
    ("import a b\n", "SyntaxError", "invalid syntax", 1, 10),
    ("from a import b c\n", "SyntaxError", "invalid syntax", 1, 17),
    ("from a b\n", "SyntaxError", "invalid syntax", 1, 8),
    ("from import x\n", "SyntaxError", "invalid syntax", 1, 6),
    ("raise E F\n", "SyntaxError", "invalid syntax", 1, 9),
    ("return x y\n", "SyntaxError", "invalid syntax", 1, 10),
    ("assert x y\n", "SyntaxError", "invalid syntax", 1, 10),
    ("global x y\n", "SyntaxError", "invalid syntax", 1, 10),
    ("lambda x y: 1\n", "SyntaxError", "invalid syntax", 1, 10),
    ("x = [1, 2 3]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9),
    ("x = {1 2}\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6),
    ("x = (1 2)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6),
    ("f(1, 2 3)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6),
    ("x = a[1 2]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7),
    ("print 1\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1),
    ("print x, y\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1),
    ("exec 'x'\n", "SyntaxError", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1),
    ("print (1) 2\n", "SyntaxError", "invalid syntax", 1, 11),
    ("x = print 'a'\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 5),
    ("if x:\n    print 'a'\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 2, 5),
    ("async x\n", "SyntaxError", "invalid syntax", 1, 7),
    ("async def f(): async x\n", "SyntaxError", "invalid syntax", 1, 16),
    ("class C: def f(): pass\n", "SyntaxError", "invalid syntax", 1, 10),
    ("x = 1 +\\\n", "SyntaxError", "unexpected EOF while parsing", 1, 9),
    ("@\ndef f(): pass\n", "SyntaxError", "invalid syntax", 1, 2),
    ("@d\nx = 1\n", "SyntaxError", "invalid syntax", 2, 1),
    ("def f(*a, *b): pass\n", "SyntaxError", "* argument may appear only once", 1, 11),
    ("def f(**a, **b): pass\n", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12),
    ("def f(a, /, b, /): pass\n", "SyntaxError", "/ may appear only once", 1, 16),
    ("def f(/, a): pass\n", "SyntaxError", "at least one argument must precede /", 1, 7),
    ("def f(a=1, /, b): pass\n", "SyntaxError", "non-default argument follows default argument", 1, 15),
    ("def f(*, **k): pass\n", "SyntaxError", "named arguments must follow bare *", 1, 7),
    ("lambda *: 1\n", "SyntaxError", "named arguments must follow bare *", 1, 9),
    ("x = *a\n", "SyntaxError", "can't use starred expression here", 1, 5),
    ("print(*a for a in b)\n", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 7),
    ("f(**a, b)\n", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 9),
    ("x = a if b else\n", "SyntaxError", "invalid syntax", 1, 16),
    ("x = [i for i in range(3) if]\n", "SyntaxError", "invalid syntax", 1, 28),
    ("x = {**a, b}\n", "SyntaxError", "':' expected after dictionary key", 1, 11),
    ("x = {a: 1, **b, c}\n", "SyntaxError", "':' expected after dictionary key", 1, 17),
    ("f(), x = 1\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 6),
    ("x, 1 = 2\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 4),
    ("1, x = 2\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4),
    ("def f() pass\n", "SyntaxError", "expected ':'", 1, 9),
    ("class C pass\n", "SyntaxError", "invalid syntax", 1, 9),
    ("try pass\n", "SyntaxError", "expected ':'", 1, 5),
    ("with x pass\n", "SyntaxError", "invalid syntax", 1, 8),
    ("with x\n  pass\n", "SyntaxError", "expected ':'", 1, 7),
    ("for x in y pass\n", "SyntaxError", "invalid syntax", 1, 12),
    ("while x pass\n", "SyntaxError", "invalid syntax", 1, 9),
    ("if x pass\n", "SyntaxError", "invalid syntax", 1, 6),
    ("try:\n  x\nexcept E\n  pass\n", "SyntaxError", "expected ':'", 3, 9),
    ("try:\n  x\nexcept E pass\n", "SyntaxError", "invalid syntax", 3, 10),
    ("try:\n  x\nexcept\n  pass\n", "SyntaxError", "expected ':'", 3, 7),
    ("lambda x\n", "SyntaxError", "invalid syntax", 1, 9),
    ("x = [1, 2\ny = 3\n", "SyntaxError", "'[' was never closed", 1, 5),
    ("if a:\n  if x:\nz\n", "IndentationError", "expected an indented block after 'if' statement on line 2", 3, 0),
    ("if a:\n  if x:\n  z\n", "IndentationError", "expected an indented block after 'if' statement on line 2", 3, 3),
    ("def f():\n  \"\"\"doc\"\"\"\n  x = (1,\n", "SyntaxError", "'(' was never closed", 3, 7),
    ("f'{x' 'abc'\n", "SyntaxError", "f-string: expecting '}'", 1, 12),
    ("x = (f'{}' \n  'a')\n", "SyntaxError", "f-string: empty expression not allowed", 2, 6),
    ("f'''\n{x!z}'''\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 2, 9),
    ("while True:\n    def f():\n        break\n", "SyntaxError", "'break' outside loop", 3, 9),
    ("async def f():\n  yield 1\n  return 2\n", "SyntaxError", "'return' with value in async generator", 3, 3),
    ("def f():\n  x = [await y for y in z]\n", "SyntaxError", "asynchronous comprehension outside of an asynchronous function", 2, 7),
    ("[await x for x in y]\n", "SyntaxError", "asynchronous comprehension outside of an asynchronous function", 1, 1),
    ("def f():\n  async with a: pass\n", "SyntaxError", "'async with' outside async function", 2, 3),
    ("def f():\n  async for a in b: pass\n", "SyntaxError", "'async for' outside async function", 2, 3),
    ("def f():\n  return [x async for x in y]\n", "SyntaxError", "asynchronous comprehension outside of an asynchronous function", 2, 10),
    ("lambda: await x\n", "SyntaxError", "'await' outside async function", 1, 9),
    ("class C:\n  yield 1\n", "SyntaxError", "'yield' outside function", 2, 3),
    ("x = [(yield) for y in z]\n", "SyntaxError", "'yield' inside list comprehension", 1, 7),
    ("def f():\n  x = [(yield) for y in z]\n", "SyntaxError", "'yield' inside list comprehension", 2, 9),
    ("for x in y:\n  class C:\n    break\n", "SyntaxError", "'break' outside loop", 3, 5),
    ("while x:\n  pass\nelse:\n  break\n", "SyntaxError", "'break' outside loop", 4, 3),
    ("try:\n  pass\nfinally:\n  continue\n", "SyntaxError", "'continue' not properly in loop", 4, 3),
    ("def f(a, *, a): pass\n", "SyntaxError", "duplicate argument 'a' in function definition", 1, 13),
    ("del a + 1\n", "SyntaxError", "cannot delete expression", 1, 5),
    ("f(x for x in y, )\n", "SyntaxError", "Generator expression must be parenthesized", 1, 3),
    ("f(a, x for x in y)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 6),
    ("x = yield\n", "SyntaxError", "'yield' outside function", 1, 5),
    ("async def f():\n  await = 1\n", "SyntaxError", "invalid syntax", 2, 9),
    ("x = 10 if 1 else 2 if 3\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 18),
    ("import a.\n", "SyntaxError", "invalid syntax", 1, 10),
    ("from .a import b as\n", "SyntaxError", "invalid syntax", 1, 20),
    ("x = a.b.\n", "SyntaxError", "invalid syntax", 1, 9),
    ("x = (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1\n", "SyntaxError", "too many nested parentheses", 1, 205),
    ("def f():\n\tif x:\n        pass\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1),
    ("print \"hello\"\nx = 'oops\n", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 5),
    ("if True:\n    x = (1 +\n    2\n", "SyntaxError", "'(' was never closed", 2, 9),
    ("class A:\n    def f(self):\n    pass\n", "IndentationError", "expected an indented block after function definition on line 2", 3, 5),
    ("async def main():\n    await asyncio.sleep(1\n    print('done')\n", "SyntaxError", "'(' was never closed", 2, 24),
    ("for i in range(3):\nprint(i)\n", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 1),
    ("x = {'a': 1, 'b': 2\n", "SyntaxError", "'{' was never closed", 1, 5),
    ("print(f\"{name\")\n", "SyntaxError", "f-string: expecting '}'", 1, 15),
    ("print(f\"{x!x}\")\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 15),
    ("def f(x):\n    return x +\n", "SyntaxError", "invalid syntax", 2, 15),
    ("items = [1, 2, 3\nprint(items)\n", "SyntaxError", "'[' was never closed", 1, 9),
    ("while True\n    pass\n", "SyntaxError", "expected ':'", 1, 11),
    ("elif x:\n    pass\n", "SyntaxError", "invalid syntax", 1, 1),
    ("x = 3 +* 4\n", "SyntaxError", "invalid syntax", 1, 8),
    ("import asyncio\nasync def main():\n    await asyncio.gather(a() b())\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 3, 26),
    ("x = 1\nif x == 1:\n    print('one')\n  print('two')\n", "IndentationError", "unindent does not match any outer indentation level", 4, 15),
    ("def f(self, a, b=2, c):\n    pass\n", "SyntaxError", "non-default argument follows default argument", 1, 21),
    ("s = 'unterminated\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5),
    ("s = \"\"\"never\nends\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5),
    ("x = 5\nx++\n", "SyntaxError", "invalid syntax", 2, 4),
    ("x = 0o78\n", "SyntaxError", "invalid digit '8' in octal literal", 1, 8),
    ("print('a' 'b' c)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7),
    ("if x:\npass\nelse:\n    pass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1),
    ("with open('f') as f\n    pass\n", "SyntaxError", "expected ':'", 1, 20),
    ("try:\n    x = 1\nexcept ValueError as e\n    pass\n", "SyntaxError", "expected ':'", 3, 23),
    ("lambda: yield\n", "SyntaxError", "invalid syntax", 1, 9),
    ("f(x=1, *y, z)\n", "SyntaxError", "positional argument follows keyword argument", 1, 13),
    ("a = b = \n", "SyntaxError", "invalid syntax", 1, 9),
    ("x = [i for i in range(3) if i if]\n", "SyntaxError", "invalid syntax", 1, 33),
    ("return\n", "SyntaxError", "'return' outside function", 1, 1),
    ("async def f():\n  yield from g()\n", "SyntaxError", "'yield from' inside async function", 2, 3),
    ("print \"a\"\nif x:\n    a\n  b\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1),
    ("print \"a\"\nx = 1 \\ 2\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1),
    ("print \"a\"\nx = (\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1),
    ("print \"a\"\nif x:\n\tpass\n        y\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1),
    ("f(\nprint \"a\"\n", "SyntaxError", "'(' was never closed", 1, 2),
];

#[test]
fn errors_match_cpython_table() {
    let mut failures = Vec::new();
    for &(src, typ, msg, line, col) in CASES {
        match parse(src) {
            Ok(_) => failures.push(format!("{src:?}: parsed, expected {typ}: {msg}")),
            Err(e) => {
                let got = (e.type_name(), e.msg.as_str(), e.line, e.col);
                if got != (typ, msg, line, col) {
                    failures.push(format!(
                        "{src:?}:\n   got {got:?}\n  want {:?}",
                        (typ, msg, line, col)
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn cases_agree_with_live_cpython() {
    let joined: Vec<&str> = CASES.iter().map(|c| c.0).collect();
    let file = TempFile::new("error-cases.txt", &joined.join("\x1e"));
    let script = r#"
import sys
for src in open(sys.argv[1], encoding='utf-8').read().split('\x1e'):
    try:
        compile(src, 'main.py', 'exec')
        print('OK')
    except SyntaxError as e:
        print(f"{type(e).__name__}\x1f{e.msg}\x1f{e.lineno}\x1f{e.offset}")
"#;
    let Some(out) = python(script, &[file.path()]) else {
        return;
    };
    for (case, line) in CASES.iter().zip(out.lines()) {
        let expected = format!("{}\x1f{}\x1f{}\x1f{}", case.1, case.2, case.3, case.4);
        assert_eq!(
            line, expected,
            "CPython disagrees with the table for {:?}",
            case.0
        );
    }
}

/// Valid Python the playground does not run is reported as such.
#[test]
fn unsupported_features_are_named() {
    for (src, what, line) in [
        ("type Point = tuple[int, int]\n", "the 'type' statement", 1),
        ("x = 1\ntype P = int\n", "the 'type' statement", 2),
    ] {
        let e = parse(src).unwrap_err();
        assert_eq!(e.kind, SyntaxErrorKind::Unsupported);
        assert_eq!(e.type_name(), "NotImplementedError");
        assert_eq!(
            e.msg,
            format!("the playground does not support {what} (line {line})")
        );
        assert_eq!(e.line, line);
    }
    parse("try:\n    pass\nexcept* ValueError:\n    pass\n").unwrap();
    // `match` and `type` are soft keywords: ordinary names elsewhere.
    parse("match = 3\nmatch.x = 1\nprint(match)\nmatch(1, 2)\ntype = 4\ntype(x)\n").unwrap();
}

/// `render` prints what `python3 main.py` prints for an uncaught SyntaxError.
#[test]
fn render_like_cpython() {
    let cases = [
        ("print(\"a\"\n", "  File \"main.py\", line 1\n    print(\"a\"\n         ^\nSyntaxError: '(' was never closed\n"),
        (
            "if x:\n\tprint(f(a b))\n",
            "  File \"main.py\", line 2\n    print(f(a b))\n            ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n",
        ),
        ("  x = 1\n", "  File \"main.py\", line 1\n    x = 1\nIndentationError: unexpected indent\n"),
        ("return 1\n", "  File \"main.py\", line 1\n    return 1\n    ^^^^^^^^\nSyntaxError: 'return' outside function\n"),
        (
            "if x:\n    return(1 +\n  2)\n",
            "  File \"main.py\", line 2\n    return(1 +\n    ^^^^^^^^^^\nSyntaxError: 'return' outside function\n",
        ),
        (
            "if x:\n    a\n  b\n",
            "  File \"main.py\", line 3\n    b\n     ^\nIndentationError: unindent does not match any outer indentation level\n",
        ),
    ];
    for (src, expected) in cases {
        assert_eq!(
            parse(src).unwrap_err().render("main.py"),
            expected,
            "for {src:?}"
        );
    }
    let e = parse("x = (\n").unwrap_err();
    assert_eq!(e.to_string(), "'(' was never closed (main.py, line 1)");
    let unsupported = parse("type P = int\n").unwrap_err().render("main.py");
    assert!(unsupported.ends_with(
        "NotImplementedError: the playground does not support the 'type' statement (line 1)\n"
    ));
}

/// With python3 available, `render` equals the stderr of `python3 main.py`
/// (apart from the file path).
#[test]
fn render_matches_live_cpython() {
    let script = r#"
import subprocess, sys
for path in sys.argv[1:]:
    r = subprocess.run([sys.executable, path], capture_output=True, text=True)
    print(r.stderr.replace(path, 'main.py'), end='\x1e')
"#;
    let sources = [
        "print(\"a\"\n",
        "def f():\n    if x:\n        print \"hi\"\n",
        "if True:\n\tx\n        y\n",
        "x = [1,\n 2,\n 3\ny = 4\n",
        "class A:\n    def f(self):\n    pass\n",
        "print(f\"{x!z}\")\n",
        "while True:\n    def f():\n        break\n",
    ];
    let files: Vec<TempFile> = sources
        .iter()
        .enumerate()
        .map(|(i, s)| TempFile::new(&format!("render{i}.py"), s))
        .collect();
    let paths: Vec<&str> = files.iter().map(|f| f.path()).collect();
    let Some(out) = python(script, &paths) else {
        return;
    };
    for (src, theirs) in sources.iter().zip(out.split('\x1e')) {
        assert_eq!(
            parse(src).unwrap_err().render("main.py"),
            theirs,
            "for {src:?}"
        );
    }
}
