import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())


print(sorted(Shape.__abstractmethods__), type(Shape) is ABCMeta)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Half(Shape):
    def area(self):
        return 1


try:
    Half()
except TypeError as e:
    print("TypeError:", e)


class Square(Half):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def perimeter(self):
        return 4 * self.s


sq = Square(3)
print(sq.describe(), sq.perimeter(), Square.__abstractmethods__)
print(isinstance(sq, Shape), issubclass(Square, Shape), issubclass(int, Shape))


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        pass

    @classmethod
    @abstractmethod
    def make(cls):
        pass

    @staticmethod
    @abstractmethod
    def helper():
        pass


print(sorted(Base.__abstractmethods__))


class Impl(Base):
    name = "impl"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 42


print(Impl.make().name, Impl.helper())


# register: virtual subclasses
class Sized2(ABC):
    pass


Sized2.register(list)


@Sized2.register
class Mine:
    pass


print(issubclass(list, Sized2), isinstance([], Sized2), isinstance(Mine(), Sized2),
      issubclass(dict, Sized2), Sized2 in list.__mro__)
try:
    Sized2.register(3)
except TypeError as e:
    print("TypeError:", e)
try:
    Mine2 = Sized2
    class Sub(Sized2):
        pass
    Sub.register(Sized2)
except RuntimeError as e:
    print("RuntimeError:", e)
token = abc.get_cache_token()
Sized2.register(tuple)
print(abc.get_cache_token() != token, issubclass(tuple, Sized2))


# __subclasshook__
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            if any("__len__" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class WithLen:
    def __len__(self):
        return 0


print(issubclass(WithLen, HasLen), isinstance("abc", HasLen), isinstance(3, HasLen),
      issubclass(WithLen, HasLen))
try:
    issubclass(3, HasLen)
except TypeError as e:
    print("TypeError:", e)


# legacy decorators
class Legacy(ABC):
    @abc.abstractproperty
    def p(self):
        return 1

    @abc.abstractclassmethod
    def c(cls):
        return cls

    @abc.abstractstaticmethod
    def s():
        return 2


print(sorted(Legacy.__abstractmethods__))
try:
    Legacy()
except TypeError as e:
    print("TypeError:", e)


# update_abstractmethods
class Later(ABC):
    @abstractmethod
    def run(self):
        pass


Later.run = lambda self: "ran"
print(Later.__abstractmethods__ == frozenset({"run"}))
abc.update_abstractmethods(Later)
print(Later.__abstractmethods__, Later().run())


class Plain:
    pass


print(abc.update_abstractmethods(Plain) is Plain)


# an abstract method may still be called through super()
class Greeter(ABC):
    @abstractmethod
    def greet(self):
        return "hello"


class English(Greeter):
    def greet(self):
        return super().greet() + " world"


print(English().greet(), getattr(Greeter.greet, "__isabstractmethod__", False))
print(isinstance(ABC, ABCMeta), ABC.__slots__)
