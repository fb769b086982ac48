# sys.exit() and SystemExit(None) give status 0; finally blocks run
import sys
try:
    print("in try")
    sys.exit()
finally:
    print("finally runs")
