# An uncaught IndexError inside a loop.
queue = [1, 2, 3]
for i in range(5):
    print(queue[i])
