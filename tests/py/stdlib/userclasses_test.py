from collections import UserDict, UserList, UserString, ChainMap
import collections

# UserList
ul = UserList([3, 1, 2])
ul.append(5)
ul.sort()
print(ul, len(ul), ul[0], ul[1:3], type(ul[1:3]).__name__, ul + [9], [0] + ul, ul * 2)
ul.extend(UserList([7]))
ul.insert(0, -1)
print(ul, ul.pop(), ul.index(3), ul.count(1), 3 in ul, ul == [-1, 1, 2, 3, 5], ul < [0])
ul.reverse()
ul.remove(2)
del ul[0]
ul[0] = 100
print(ul, ul.copy(), UserList(), UserList((1, 2)), UserList(ul).data is ul.data)
ul += (4,)
ul *= 2
print(ul)


class Stack(UserList):
    def push(self, x):
        self.append(x)


st = Stack()
st.push(1)
st.push(2)
print(st, type(st[:1]).__name__, st.pop(), st)
try:
    hash(st)
except TypeError as e:
    print("TypeError:", e)

# UserString
us = UserString("Hello")
print(us, repr(us), len(us), us[1], us + "!", "<" + us, us * 2, us.upper(), us.lower(), us.replace("l", "L"))
print(us == "Hello", us < "World", "ell" in us, us.find("l"), us.split("l"), us.startswith("He"), us.center(9, "*"))
print(type(us.upper()).__name__, type(us[0:2]).__name__, us.isalpha(), hash(us) == hash("Hello"), int(UserString("42")) + 1)
print(UserString(12), us.join(["a", "b"]), us.strip("Ho"), us.zfill(8), us % () if "%" in us else "no%")


class Shout(UserString):
    def __str__(self):
        return self.data.upper() + "!"


print(str(Shout("hi")), repr(Shout("hi")))

# UserDict
ud = UserDict({"a": 1}, b=2)
ud["c"] = 3
print(ud, len(ud), ud["a"], "b" in ud, ud.get("z", 0), list(ud), ud.pop("a"), ud)
print(ud | {"z": 26}, {"y": 25} | ud, type(ud | {}).__name__, ud.copy(), UserDict.fromkeys("xy", 0))
ud |= {"q": 1}
print(ud, ud.setdefault("b", 9), ud.popitem(), ud == {"b": 2, "c": 3})


class Defaulting(UserDict):
    def __missing__(self, key):
        return "missing:" + key


print(Defaulting()["nope"])
try:
    UserDict()["x"]
except KeyError as e:
    print("KeyError:", e)

# ChainMap
base = {"colour": "red", "user": "guest"}
override = {"user": "admin"}
cm = ChainMap(override, base)
print(cm["user"], cm["colour"], len(cm), sorted(cm), cm.get("x", "none"), "colour" in cm)
child = cm.new_child({"user": "root"})
print(child["user"], child.parents["user"], child.maps[-1] is base)
child["new"] = 1
del child["user"]
print(child.maps[0], child["user"])
try:
    del child["colour"]
except KeyError as e:
    print("KeyError:", e)
print(dict(cm), cm)
