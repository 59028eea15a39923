# A byte that is not UTF-8 (no encoding declared): SyntaxError, status 1.
x = 1
y = "ÿ"
print(x)
