class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed, self.available = needed, available

class Account:
    _next_id = 1
    interest = 0.0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"{type(self).__name__}#{self.id}({self.owner!r}, {self._balance})"
    def __eq__(self, other):
        return isinstance(other, Account) and self.id == other.id
    def __hash__(self):
        return hash(self.id)
    def __lt__(self, other):
        return self._balance < other._balance

class Savings(Account):
    interest = 0.05
    def add_interest(self):
        return self.deposit(round(self._balance * self.interest, 2))

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, kind, owner, balance=0):
        acct = kind(owner, balance)
        self.accounts[acct.id] = acct
        return acct
    def __len__(self):
        return len(self.accounts)
    def __iter__(self):
        return iter(sorted(self.accounts.values()))
    def __contains__(self, acct):
        return acct.id in self.accounts
    def __getitem__(self, id):
        return self.accounts[id]
    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            raise RuntimeError(f"transfer {src.id}->{dst.id} failed") from e
        dst.deposit(amount)

bank = Bank()
a = bank.open(Account, "ann", 100)
s = bank.open(Savings, "sam", 1000)
a.deposit(50).withdraw(30)
s.add_interest()
print(a, s, len(bank), a in bank, bank[2] is s)   # expect: Account#1('ann', 120) Savings#2('sam', 1050.0) 2 True True
print(list(bank), [x.owner for x in bank])   # expect: [Account#1('ann', 120), Savings#2('sam', 1050.0)] ['ann', 'sam']
bank.transfer(s, a, 500)
print(a.balance, s.balance, a.history, s.history[-1])   # expect: 620 550.0 [('deposit', 50), ('withdraw', 30), ('deposit', 500)] ('withdraw', 500)
try:
    bank.transfer(a, s, 10000)
except RuntimeError as e:
    print(e, "|", e.__cause__, "|", e.__cause__.needed)   # expect: transfer 1->2 failed | need 10000, have 620 | 10000
try:
    a.balance = 5
except AttributeError as e:
    print(e)   # expect: property 'balance' of 'Account' object has no setter
try:
    a.deposit(-1)
except ValueError as e:
    print(e)   # expect: deposit must be positive
print({a: "x"}[bank[1]], max(bank), min(bank).owner, sorted(bank, reverse=True))   # expect: x Account#1('ann', 620) sam [Account#1('ann', 620), Savings#2('sam', 550.0)]
print(Savings.interest, Account.interest, s.interest, isinstance(s, Account), Savings.__mro__[1].__name__)   # expect: 0.05 0.0 0.05 True Account
