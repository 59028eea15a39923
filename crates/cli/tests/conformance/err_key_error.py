# An uncaught KeyError.
prices = {"apple": 3}
print(prices["apple"])
print(prices["pear"])
