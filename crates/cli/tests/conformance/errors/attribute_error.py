# AttributeError messages, caught and uncaught (with a suggestion).
class Robot:
    def __init__(self):
        self.battery = 100


r = Robot()
try:
    r.fly()
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.upper()
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).append(1)
except AttributeError as e:
    print("AttributeError:", e)
print(r.batery)
