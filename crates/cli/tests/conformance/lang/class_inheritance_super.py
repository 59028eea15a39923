# Single inheritance, overriding and super().
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def introduce(self):
        return f"{self.name} says {self.speak()}"


class Dog(Animal):
    def speak(self):
        return "woof"


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + " (squeaky)"


for pet in [Animal("generic"), Dog("Rex"), Puppy("Bit", 1)]:
    print(pet.introduce())
p = Puppy("Bit", 1)
print(isinstance(p, Animal), isinstance(p, Dog), issubclass(Dog, Puppy))
print([cls.__name__ for cls in Puppy.__mro__])
print(p.age, p.name)
print(type(p) is Puppy, type(p) == Dog)
