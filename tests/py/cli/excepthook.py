# a custom sys.excepthook replaces the traceback
import sys
def hook(t, v, tb):
    print("hook:", t.__name__, v, tb is not None)
sys.excepthook = hook
print("running")
raise ValueError("handled by hook")
