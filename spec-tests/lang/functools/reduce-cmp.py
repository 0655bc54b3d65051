from functools import reduce, cmp_to_key
import functools, _functools
k = cmp_to_key(lambda a,b: a-b)
print(type(k), k(3) < k(4), k(3).obj, sorted([3,1,2], key=cmp_to_key(lambda a,b: b-a)), k(2) >= k(2), k(1) != k(1))
for t in ['reduce(len)', 'reduce(lambda a,b:a+b, [])', 'reduce(1, [1,2])', 'k(1) < 1', 'k()', 'k(1,2)', 'hash(k(1))', 'reduce(lambda a,b:a+b, 1)', 'cmp_to_key()', 'k(1).x', 'k(1) == k(1)', 'k(obj=3).obj', 'cmp_to_key(mycmp=len)(1).obj']:
  try: print(t, eval(t))
  except Exception as e: print(t, type(e).__name__, e)
print(reduce(lambda a,b:a+b, [1,2,3]), reduce(lambda a,b:a+b, [], 7), reduce(lambda a,b:a*b, [2,3], 10))
print(functools.reduce is _functools.reduce, functools.cmp_to_key is _functools.cmp_to_key)
p = functools.partial(int, base=2); print(p('101'))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(30), fib.cache_info())
@functools.wraps(fib)
def g(): pass
print(g.__name__, functools.cached_property.__name__)

# expect: <class 'functools.KeyWrapper'> True 3 [3, 2, 1] True False
# expect: reduce(len) TypeError reduce expected at least 2 arguments, got 1
# expect: reduce(lambda a,b:a+b, []) TypeError reduce() of empty iterable with no initial value
# expect: reduce(1, [1,2]) TypeError 'int' object is not callable
# expect: k(1) < 1 TypeError other argument must be K instance
# expect: k() TypeError K() missing required argument 'obj' (pos 1)
# expect: k(1,2) TypeError K() takes at most 1 argument (2 given)
# expect: hash(k(1)) TypeError unhashable type: 'functools.KeyWrapper'
# expect: reduce(lambda a,b:a+b, 1) TypeError reduce() arg 2 must support iteration
# expect: cmp_to_key() TypeError cmp_to_key() missing required argument 'mycmp' (pos 1)
# expect: k(1).x AttributeError 'functools.KeyWrapper' object has no attribute 'x'
# expect: k(1) == k(1) True
# expect: k(obj=3).obj 3
# expect: cmp_to_key(mycmp=len)(1).obj 1
# expect: 6 7 60
# expect: True True
# expect: 5
# expect: 832040 CacheInfo(hits=28, misses=31, maxsize=None, currsize=31)
# expect: fib cached_property
