# A case that matches anything before another case: CPython's SyntaxError.
def f(x):
    match x:
        case y:
            return 1
        case 2:
            return 2
print(f(1))
