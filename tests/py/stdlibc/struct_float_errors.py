# floats formats given ints and huge values: CPython's struct.error rewording
import struct
for v in [2**64, 2**63, -2**63, 10**300, 1e300, 2**1100]:
    for f in ['e', '<e', 'f', '<f', 'd']:
        try: print(f, v, struct.pack(f, v))
        except Exception as e: print(f, type(e).__name__, e)
