# Conditional expressions and assignment expressions.
data = [3, 8, 1]
if (n := len(data)) > 2:
    print(f"{n} items")
print("big" if n > 10 else "small", [("even" if v % 2 == 0 else "odd") for v in data])
while (v := data.pop()) != 8:
    print("popped", v)
print(data, v)
