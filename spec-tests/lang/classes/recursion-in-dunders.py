class Loop:
    def __getattr__(self, name):
        return self.missing
try:
    Loop().x
except RecursionError as e:
    print("getattr:", e)   # expect: getattr: maximum recursion depth exceeded
class R:
    def __repr__(self): return repr(self)
try:
    repr(R())
except RecursionError as e:
    # the message's ending depends on which call meets the limit
    print("repr:", str(e).startswith("maximum recursion depth exceeded"))   # expect: repr: True
class E:
    def __eq__(self, o): return self == o
try:
    E() == 1
except RecursionError as e:
    print("eq:", e)   # expect: eq: maximum recursion depth exceeded
class H:
    def __hash__(self): return hash(self)
try:
    hash(H())
except RecursionError as e:
    print("hash:", e)   # expect: hash: maximum recursion depth exceeded
class L:
    def __len__(self): return len(self)
try:
    len(L())
except RecursionError as e:
    print("len:", e)   # expect: len: maximum recursion depth exceeded
class B:
    def __bool__(self): return bool(self)
try:
    bool(B())
except RecursionError as e:
    print("bool:", e)   # expect: bool: maximum recursion depth exceeded
class A:
    def __add__(self, o): return self + o
try:
    A() + 1
except RecursionError as e:
    print("add:", e)   # expect: add: maximum recursion depth exceeded
class I:
    def __iter__(self): return iter(self)
try:
    iter(I())
except RecursionError as e:
    print("iter:", e)   # expect: iter: maximum recursion depth exceeded
class G:
    def __getitem__(self, k): return self[k]
try:
    G()[0]
except RecursionError as e:
    print("getitem:", e)   # expect: getitem: maximum recursion depth exceeded
class P:
    @property
    def p(self): return self.p
try:
    P().p
except RecursionError as e:
    print("property:", e)   # expect: property: maximum recursion depth exceeded
class S:
    def __str__(self): return str(self)
try:
    str(S())
except RecursionError as e:
    print("str:", e)   # expect: str: maximum recursion depth exceeded
class C:
    def __call__(self): return self()
try:
    C()()
except RecursionError as e:
    print("call:", e)   # expect: call: maximum recursion depth exceeded
class Init:
    def __init__(self): Init()
try:
    Init()
except RecursionError as e:
    print("init:", e)   # expect: init: maximum recursion depth exceeded
class F:
    def __format__(self, spec): return format(self, spec)
try:
    format(F(), "x")
except RecursionError as e:
    print("format:", e)   # expect: format: maximum recursion depth exceeded
class Ct:
    def __contains__(self, x): return x in self
try:
    1 in Ct()
except RecursionError as e:
    print("contains:", e)   # expect: contains: maximum recursion depth exceeded
