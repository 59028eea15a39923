# KeyError: caught, then uncaught.
prices = {"apple": 3, "pear": 4}
try:
    prices["banana"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
print(prices.get("banana", "no price"))
total = prices["apple"] + prices["plum"]
