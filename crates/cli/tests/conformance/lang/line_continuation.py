# Explicit backslash continuation and implicit continuation in brackets.
total = 1 + \
    2 + \
    3
print(total)
numbers = [
    1, 2,
    3,  # comments are allowed inside brackets
    4,
]
print(numbers)
result = (10
          * 2
          - 5)
print(result)
mapping = {
    "a": 1,
    "b": 2
}
print(mapping)
text = ("first part "
        "second part")
print(text)
def f(a,
      b=2,
      *,
      c=3):
    return a + b + c
print(f(1,
        c=10))
if (total > 1 and
        result > 1):
    print("both")
print(max(3, 9,
      4))
