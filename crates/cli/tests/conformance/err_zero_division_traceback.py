# A traceback through several functions.
def ratio(a, b):
    return a / b

def report(items):
    for a, b in items:
        print(ratio(a, b))

def main():
    report([(1, 2), (3, 0)])

main()
