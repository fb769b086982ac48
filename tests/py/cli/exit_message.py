# sys.exit with a message: printed to stderr, status 1
import sys
print("output first")
sys.exit("fatal: something went wrong")
