# if / elif / else and the conditional expression.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"


for n in (-5, 0, 3, 42):
    print(n, classify(n))
value = 7
print("odd" if value % 2 else "even")
if not []:
    print("empty list is falsy")
if value > 5 and value < 10 or value == 100:
    print("in range")
if None is None:
    pass
else:
    print("never")
print(1 if False else 2 if True else 3)
