# if/elif/else, loops with break/continue/else.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
    print("even", i)
else:
    print("never")
k = 0
while k < 3:
    k += 1
else:
    print("while finished", k)
for grade in (95, 85, 72, 40):
    if grade >= 90:
        print("A")
    elif grade >= 80:
        print("B")
    elif grade >= 70:
        print("C")
    else:
        print("F")
if not []: print("empty list is falsy")
