import sys
import cmod
print(cmod.run())
print(sys.getrefcount(cmod.VALUES), sys.getrefcount(cmod.C.attr))
cmod.fail()
