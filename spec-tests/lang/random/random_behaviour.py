import _random
r=_random.Random(5); print(r.random(), r.getrandbits(70), r.getrandbits(0), r.getrandbits(7), r.getrandbits(32), r.getrandbits(33), r.getrandbits(64))
for s in [0, 1, 2**32, 2**100+7, -5, 'abc', b'xyz', 3.5, (1, 2)]:
    r.seed(s); print(r.random())
r.seed(1); print([r.random() for _ in range(3)])
r.seed(); r.seed(None)
s=r.getstate(); print(len(s), s[-1], type(s))
r.seed(12); s = r.getstate(); a = r.random(); r.setstate(s); print(a == r.random())
for n in range(2000): r.random()
print(r.random(), r.getstate()[-1])
for a in [(-1,)]:
  try: r.getrandbits(*a)
  except Exception as e: print(type(e).__name__, e)
for st in [[1], (1,2), tuple([0]*624+[700]), tuple([-1]*625), tuple([2**32]*624+[1]), tuple([2**64]*625)]:
  try: r.setstate(st); print('ok', r.random())
  except Exception as e: print(type(e).__name__, e)
try: _random.Random(1,2)
except Exception as e: print(type(e).__name__, e)
try: _random.Random(x=1)
except Exception as e: print(type(e).__name__, e)
try: r.seed([1])
except Exception as e: print(type(e).__name__, e)
print(_random.Random.__module__, type(r), repr(r)[:26], _random.Random.__name__)
class R(_random.Random): pass
print(R(5).random())
class S(_random.Random):
    def __init__(self, x):
        self.seed(x * 2)
print(S(3).random() == _random.Random(6).random(), S(3).__dict__)
print(sorted(n for n in dir(_random.Random) if not n.startswith('_')))

# expect: 0.6229016948897019 928951016526329528473 0 88 4047793130 7909229360 17013893096224296094
# expect: 0.8444218515250481
# expect: 0.13436424411240122
# expect: 0.11299430095636409
# expect: 0.41604161323913513
# expect: 0.6229016948897019
# expect: 0.3259086188985011
# expect: 0.06814519690890586
# expect: 0.3039190124834461
# expect: 0.9332138816850685
# expect: [0.13436424411240122, 0.8474337369372327, 0.763774618976614]
# expect: 625 624 <class 'tuple'>
# expect: True
# expect: 0.5789166367792238 260
# expect: ValueError number of bits must be non-negative
# expect: TypeError state vector must be a tuple
# expect: ValueError state vector is the wrong size
# expect: ValueError invalid state
# expect: OverflowError can't convert negative value to unsigned int
# expect: ok 0.0
# expect: OverflowError Python int too large to convert to C unsigned long
# expect: TypeError Random() requires 0 or 1 argument
# expect: TypeError Random() takes no keyword arguments
# expect: TypeError unhashable type: 'list'
# expect: _random <class '_random.Random'> <_random.Random object at  Random
# expect: 0.6229016948897019
# expect: True {}
# expect: ['getrandbits', 'getstate', 'random', 'seed', 'setstate']
