x = 1
print("total", (x + 2)
