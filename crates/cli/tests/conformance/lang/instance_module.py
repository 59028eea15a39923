# An instance's __module__ is its class's: the module it was defined in, or
# what the class body set.
import collections


class Plain:
    pass


class Renamed:
    __module__ = "somewhere.else"


print(Plain().__module__, Renamed().__module__, Renamed.__module__)
print(collections.OrderedDict().__class__.__module__)
print(type(Plain()).__module__ == Plain().__module__)
