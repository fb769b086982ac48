# sys.exit with an int status
import sys
print("before exit")
sys.exit(3)
print("not reached")
