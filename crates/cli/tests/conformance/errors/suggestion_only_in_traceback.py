# "Did you mean" is added by the traceback printer: str() and repr() of the
# exception do not carry it.
counter = 1
try:
    countr
except NameError as e:
    print(e, repr(e))


class Account:
    balance = 10


try:
    Account().balanse
except AttributeError as e:
    print(e)
Account().balanse
