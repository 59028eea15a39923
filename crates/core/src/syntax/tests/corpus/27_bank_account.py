import asyncio


class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")


class Account:
    def __init__(self, owner: str, balance: int = 0):
        self.owner = owner
        self.balance = balance
        self.history: list[tuple[str, int]] = []
        self.lock = asyncio.Lock()

    async def deposit(self, amount):
        async with self.lock:
            await asyncio.sleep(0.01)
            self.balance += amount
            self.history.append(("deposit", amount))

    async def withdraw(self, amount):
        async with self.lock:
            if amount > self.balance:
                raise InsufficientFunds(amount, self.balance)
            await asyncio.sleep(0.01)
            self.balance -= amount
            self.history.append(("withdraw", -amount))

    def __str__(self):
        lines = [f"{kind:<10}{amount:+6d}" for kind, amount in self.history]
        return "\n".join([f"Account of {self.owner}", *lines, f"balance: {self.balance}"])


async def main():
    acct = Account("ada", 100)
    ops = [acct.deposit(50), acct.withdraw(30), acct.withdraw(500), acct.deposit(5)]
    results = await asyncio.gather(*ops, return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print("failed:", type(r).__name__, r)
    print(acct)

asyncio.run(main())
