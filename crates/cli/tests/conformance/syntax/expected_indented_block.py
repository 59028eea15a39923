# An expected indented block is missing after def.
def empty():
print("not indented")
