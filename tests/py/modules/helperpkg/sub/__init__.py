from ..mod2 import TWO
THREE = TWO + 1
