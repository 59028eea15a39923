name = "playground
print(name)
