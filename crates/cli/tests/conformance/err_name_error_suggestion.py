# An uncaught NameError with CPython's suggestion.
def greet():
    message = "hi"
    pritn(message)

greet()
