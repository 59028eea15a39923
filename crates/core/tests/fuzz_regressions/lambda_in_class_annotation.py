# A lambda in a class body's annotation (the compiler found no scope for it).
class Box:
    extra: (lambda: [1])
