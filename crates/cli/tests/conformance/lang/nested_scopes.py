# Name resolution: local, enclosing, global, builtin.
x = "global"


def outer():
    x = "enclosing"

    def inner():
        return x

    def local():
        x = "local"
        return x

    return inner(), local(), x


print(outer(), x)


def uses_builtin():
    return len("abc")


def shadows_builtin():
    len = lambda s: "shadowed"
    return len("abc")


print(uses_builtin(), shadows_builtin(), len("abcd"))


def unbound():
    try:
        print(y)
        y = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


unbound()


class Scope:
    attr = "class attr"

    def method(self):
        return x, self.attr


print(Scope().method())
