# NameError suggestions also come from local variables.
def greet():
    counter = 1
    return countr + 1


greet()
