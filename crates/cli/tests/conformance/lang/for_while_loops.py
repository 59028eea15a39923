# for / while with break, continue and else.
for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
    print("for", i)
else:
    print("for-else skipped because of break")

for i in range(3):
    pass
else:
    print("for-else runs when the loop ends normally, i =", i)

n = 0
while n < 10:
    n += 1
    if n % 3:
        continue
    print("while", n)
else:
    print("while-else runs, n =", n)

n = 0
while True:
    n += 1
    if n > 3:
        break
print("after break", n)

for word in ["apple", "banana", "cherry"]:
    for ch in word:
        if ch == "a":
            print(word, "has an a")
            break
    else:
        print(word, "has no a")

for k in {"x": 1, "y": 2}:
    print("key", k)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for _ in []:
    print("never")
