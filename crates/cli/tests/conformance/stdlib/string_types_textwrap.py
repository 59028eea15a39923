import string
from string import Template
import textwrap
import types
from types import SimpleNamespace

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, len(string.printable))
print(string.capwords('hello   wide world'), string.capwords('a-b c-d', '-'), string.capwords(''))
t = Template('$who likes $what; ${who}s cost $$10')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.safe_substitute(who='bo'), t.get_identifiers(), t.is_valid(), t.template)
print(Template('$a and $b').substitute({'a': 1}, b=2), Template('x').substitute())
for bad in [lambda: t.substitute(who='x'), lambda: Template('cost $ 5').substitute(),
            lambda: Template('ok\nbad $').substitute(), lambda: Template('${oops').substitute()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(Template('cost $ 5 ${oops').safe_substitute(), Template('$').is_valid())
print(''.join(c for c in 'Hello, World! 123' if c not in string.punctuation))
print(sum(c in string.ascii_uppercase for c in 'Hello World'))

ns = SimpleNamespace(x=1, y='two')
ns.z = [3]
print(ns, ns.x, ns.z, repr(SimpleNamespace()), ns == SimpleNamespace(x=1, y='two', z=[3]), ns != SimpleNamespace(x=1))
del ns.y
print(ns, vars(ns), hasattr(ns, 'y'))
try:
    SimpleNamespace(1)
except TypeError as e:
    print('TypeError', e)
try:
    hash(ns)
except TypeError as e:
    print('TypeError', e)


def f():
    pass


def g():
    yield 1


print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(g(), types.GeneratorType))
print(isinstance(lambda: 0, types.LambdaType), isinstance(types, types.ModuleType), types.NoneType)
mp = types.MappingProxyType({'a': 1})
print(mp['a'], list(mp), len(mp), 'a' in mp)
try:
    mp['b'] = 2
except TypeError as e:
    print('TypeError', e)

text = ("The quick brown fox jumps over the lazy dog. Python's textwrap module "
        "formats paragraphs: it wraps, fills, indents and shortens text for display.")
for line in textwrap.wrap(text, width=30):
    print(repr(line))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=50, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('short'), textwrap.wrap(''), textwrap.wrap('   '))
print(textwrap.wrap('a well-known state-of-the-art approach to self-explanatory code', width=12))
print(textwrap.wrap('a well-known state-of-the-art approach', width=12, break_on_hyphens=False))
print(textwrap.wrap('supercalifragilisticexpialidocious word', width=10))
print(textwrap.wrap('supercalifragilisticexpialidocious word', width=10, break_long_words=False))
print(textwrap.wrap('tabs\tand\nnewlines  here', width=8))
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello world!', width=11))
print(textwrap.shorten(text, width=40), textwrap.shorten(text, 40, placeholder='...'))
print(textwrap.wrap(text, width=25, max_lines=3), textwrap.fill(text, 30, max_lines=2, placeholder=' ~'))
code = '''
    def hello():
        print("hi")

    hello()
'''
print(textwrap.dedent(code))
print(repr(textwrap.dedent('  a\n    b\n   \n  c')), repr(textwrap.dedent('\tx\n\ty')), repr(textwrap.dedent('no indent\n  x')))
print(textwrap.indent('one\ntwo\n\nthree\n', '> '), end='')
print(textwrap.indent('a\n\nb', '+ ', lambda line: True))
wrapper = textwrap.TextWrapper(width=20, initial_indent='- ', subsequent_indent='  ')
print(wrapper.wrap('Lists of items can be wrapped with hanging indentation.'))
print(wrapper.fill('Second item.'))
for bad in [lambda: textwrap.wrap('x', width=0), lambda: textwrap.shorten('hello world', width=3)]:
    try:
        print(bad())
    except ValueError as e:
        print('ValueError', e)
