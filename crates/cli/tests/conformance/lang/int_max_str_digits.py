# int <-> str conversions of more than sys.get_int_max_str_digits() digits.
import sys


def attempt(f):
    try:
        r = f()
        print('ok', r if len(str(r)) < 60 else len(r))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, str(e)[:150])


print(sys.get_int_max_str_digits())
attempt(lambda: int('1' * 5000))
attempt(lambda: int('1' * 4300) % 1000)
attempt(lambda: int('-' + '1' * 4301))
attempt(lambda: int('  +' + '2' * 4400 + '  '))
attempt(lambda: int('1_2' * 2000))
attempt(lambda: int('0' * 4500))
attempt(lambda: int('1' * 5000, 16) % 1000)
attempt(lambda: int('1' * 5000, 7))
attempt(lambda: int('0x' + '1' * 5000, 0) % 1000)
attempt(lambda: int('1' * 5000 + 'z'))
attempt(lambda: int('z' + '1' * 5000))
attempt(lambda: str(10 ** 5000))
attempt(lambda: str(-10 ** 4299))
attempt(lambda: len(str(10 ** 4299)))
attempt(lambda: repr(10 ** 4300))
attempt(lambda: f'{10 ** 5000}')
attempt(lambda: f'{10 ** 5000:,}')
attempt(lambda: len(f'{10 ** 5000:x}'))
attempt(lambda: '%d' % 10 ** 5000)
attempt(lambda: len('%x' % 10 ** 5000))
attempt(lambda: len(hex(10 ** 5000)))
big = [10 ** 5000]
attempt(lambda: print(big))

for bad in (100, 639, -1, 'x', True):
    attempt(lambda: sys.set_int_max_str_digits(bad))
attempt(lambda: sys.set_int_max_str_digits())
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(maxdigits=640)
print(sys.get_int_max_str_digits())
attempt(lambda: int('1' * 641))
attempt(lambda: int('1' * 640) % 7)
attempt(lambda: str(10 ** 640))
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits())
attempt(lambda: len(str(10 ** 6000)))
attempt(lambda: int('7' * 6000) % 1000)
sys.set_int_max_str_digits(4300)
print(int('1' * 5000))
