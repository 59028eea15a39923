# An uncaught AttributeError on a user object.
class Robot:
    def __init__(self):
        self.speed = 3

r = Robot()
print(r.speed)
print(r.sped)
