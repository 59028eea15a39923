# break, continue and return inside try/finally.
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)


def search(items, target):
    for index, item in enumerate(items):
        try:
            if item == target:
                return index
        finally:
            print("checked", item)
    return -1


print(search(["a", "b", "c"], "b"))
results = []
for text in ["1", "x", "3"]:
    try:
        results.append(int(text))
    except ValueError:
        results.append(None)
        continue
    else:
        results.append("ok")
print(results)
