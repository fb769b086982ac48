class Account:
    def __init__(self, balance): self.balance = balance
    def withdraw(self, amt):
        if amt > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amt}")
        self.balance -= amt
accts = [Account(10), Account(5)]
list(map(lambda a: a.withdraw(7), accts))
