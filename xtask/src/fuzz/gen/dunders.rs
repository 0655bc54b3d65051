//! Snippets whose classes run Python inside the interpreter's own
//! machinery: dunders that change the container calling them, descriptors,
//! exception classes and metaclasses.
use super::{block, Gen};
use crate::fuzz::program::Line;

impl Gen {
    /// A `__eq__`, `__hash__` or sort key that changes the very container
    /// comparing, hashing or sorting with it: CPython restarts its lookup or
    /// reports the change, and must not crash either way.
    ///
    /// The dict keys change the dict only once they are all in: a key's
    /// `__eq__` clearing the dict *during an insertion* makes CPython 3.11
    /// read an entry it has freed (`insertdict` keeps using the old
    /// table), so there is no defined result to compare with.
    pub(super) fn dunder_mutates_snippet(&mut self) -> (String, Vec<Line>) {
        let (a, b) = (self.int(1), self.int(1));
        match self.rng.below(5) {
            0 => {
                let action = *self.rng.pick(&["d.clear()", "d.pop(next(iter(d)), None) if d else None", "d[len(d) + 100] = 0", "d.update(z=1)"]);
                let lines = block(
                    &format!(
                        "
                        d = ⟨⟩
                        class K:
                            armed = False
                            def __init__(self, v): self.v = v
                            def __hash__(self): return hash(self.v) % 4
                            def __eq__(self, o):
                                if K.armed: {action}
                                return isinstance(o, K) and self.v == o.v
                        d[K({{}})] = 'a'
                        d[K({{}})] = 'b'
                        d[K(1)] = 'c'
                        K.armed = True
                        return (len(d), sorted([k.v for k in d if isinstance(k, K)]), K(1) in d)"
                    ),
                    vec![a, b],
                );
                ("mutates.dict-eq".into(), lines)
            }
            1 => {
                let probe = *self.rng.pick(&["E() in xs", "xs.count(5)", "xs.index(3)", "xs.remove(2)", "xs == [1, E(), 2]", "(E(),) in [(x,) for x in xs]"]);
                let lines = block(
                    &format!(
                        "
                        xs = []
                        class E:
                            def __eq__(self, o):
                                if xs: xs.pop()
                                return False
                        xs.extend([{{}}, E(), 2, 3, {{}}])
                        r = {probe}
                        return (r, len(xs))"
                    ),
                    vec![a, b],
                );
                ("mutates.list-eq".into(), lines)
            }
            2 => {
                let action = *self.rng.pick(&["xs.append(x)", "xs.clear()", "xs.pop() if xs else None", "xs.sort()"]);
                let lines = block(
                    &format!(
                        "
                        xs = [{{}}, 3, {{}}, 1]
                        def key(x):
                            {action}
                            return x
                        xs.sort(key=key)
                        return xs"
                    ),
                    vec![a, b],
                );
                ("mutates.sort-key".into(), lines)
            }
            3 => {
                let action = *self.rng.pick(&["s.clear()", "s.add(len(s) + 100)", "s.discard(1)"]);
                let lines = block(
                    &format!(
                        "
                        s = set()
                        class K:
                            def __init__(self, v): self.v = v
                            def __hash__(self): return 7
                            def __eq__(self, o):
                                {action}
                                return isinstance(o, K) and self.v == o.v
                        s.add(K({{}}))
                        s.add(K({{}}))
                        return (len(s), K(1) in s)"
                    ),
                    vec![a, b],
                );
                ("mutates.set-eq".into(), lines)
            }
            _ => {
                let lines = block(
                    "
                    xs = [{}, {}, 5]
                    class L:
                        def __init__(self, v): self.v = v
                        def __lt__(self, o):
                            xs.append(0)
                            return self.v < o.v
                        def __repr__(self): return f'L(⟨self.v⟩)'
                    ys = [L(v) for v in xs]
                    xs = ys
                    ys.sort()
                    return ys",
                    vec![a, b],
                );
                ("mutates.sort-lt".into(), lines)
            }
        }
    }

    /// Data and non-data descriptors, `__set_name__`, and what shadows what
    /// between a class's descriptors and an instance's `__dict__`.
    pub(super) fn descriptor_snippet(&mut self) -> (String, Vec<Line>) {
        let kids = vec![self.int(1), self.any(1)];
        let after = *self.rng.pick(&[
            "del c.a",
            "c.__dict__['a'] = 'shadow'",
            "c.__dict__['b'] = 'shadow'",
            "del c.b",
            "c.b = 'set'",
            "C.b = 'replaced'",
            "del C.a",
        ]);
        let lines = block(
            &format!(
                "
                class Field:
                    def __set_name__(self, owner, name):
                        self.name = '_' + name
                        self.owner = owner.__name__
                    def __get__(self, obj, typ=None):
                        if obj is None: return ('class', self.owner)
                        return getattr(obj, self.name, 'unset')
                    def __set__(self, obj, v): setattr(obj, self.name, ('set', v))
                    def __delete__(self, obj): delattr(obj, self.name)
                class Lazy:
                    def __get__(self, obj, typ=None): return ('lazy', obj is None, typ.__name__)
                class C:
                    a = Field()
                    b = Lazy()
                c = C()
                r = [c.a, C.a, c.b, C.b]
                c.a = {{}}
                r.append(c.a)
                c.a = {{}}
                r.append(c.a)
                {after}
                r += [c.a, c.b, sorted(c.__dict__)]
                return r"
            ),
            kids,
        );
        ("class-descriptor".into(), lines)
    }

    /// User exception classes: `args`, `str`/`repr`, chaining and every
    /// clause of `try`.
    pub(super) fn exception_class_snippet(&mut self) -> (String, Vec<Line>) {
        let (base, handler) = *self.rng.pick(&[
            ("ValueError", "ValueError"),
            ("Exception", "AppError"),
            ("KeyError", "LookupError"),
            ("ArithmeticError", "ArithmeticError"),
            ("ValueError", "TypeError"),
        ]);
        let raise = *self.rng.pick(&[
            "raise AppError(code, 'bad')",
            "raise AppError(code, 'bad') from None",
            "raise AppError(code, 'bad') from KeyError(code)",
            "raise AppError",
            "raise AppError(code)",
            "return code",
        ]);
        let then = *self.rng.pick(&[
            "raise RuntimeError('again') from e",
            "raise RuntimeError('again')",
            "log.append(('caught', str(e), repr(e), e.args, type(e.__cause__).__name__, e.__suppress_context__))",
            "raise",
        ]);
        let lines = block(
            &format!(
                "
                class AppError({base}):
                    def __init__(self, code=0, *rest):
                        super().__init__(code, *rest)
                        self.code = code
                    def __str__(self): return f'AppError ⟨self.code⟩: ⟨self.args[1:]⟩'
                log = []
                def work(code):
                    try:
                        {raise}
                    except {handler} as e:
                        {then}
                    else:
                        log.append('else')
                    finally:
                        log.append('finally')
                try:
                    log.append(work({{}}))
                except Exception as e:
                    log.append((type(e).__name__, str(e), type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__))
                return log"
            ),
            vec![self.int(1)],
        );
        ("class-exception".into(), lines)
    }

    /// A metaclass with `__new__`, `__init__` and `__call__` (only with
    /// `--metaclasses`: see [`super::Mix`]).
    pub(super) fn metaclass_snippet(&mut self) -> (String, Vec<Line>) {
        let lines = block(
            "
            made = []
            class Meta(type):
                def __new__(mcls, name, bases, ns, **kw):
                    ns['tag'] = name.lower()
                    return super().__new__(mcls, name, bases, ns)
                def __init__(cls, name, bases, ns, **kw):
                    super().__init__(name, bases, ns)
                    made.append((name, sorted(kw)))
                def __call__(cls, *args):
                    obj = super().__call__(*args)
                    obj.extra = len(args)
                    return obj
            class A(metaclass=Meta):
                def __init__(self, x): self.x = x
            class B(A, flag={}):
                pass
            b = B({})
            return [A.tag, B.tag, made, type(B).__name__, b.x, b.extra, isinstance(B, Meta), [k.__name__ for k in type(B).__mro__]]",
            vec![self.int(1), self.int(1)],
        );
        ("class-metaclass".into(), lines)
    }

    /// A dunder stored on a class, then deleted, after the class statement:
    /// the operators of the class and its subclass follow it
    /// (`update_slot`).
    pub(super) fn late_dunder_snippet(&mut self) -> (String, Vec<Line>) {
        let (dunder, value, expr) = *self.rng.pick(&[
            ("__len__", "lambda self: abs(self.v) % 7", "len(b)"),
            ("__add__", "lambda self, o: self.v + o", "b + 1"),
            ("__radd__", "lambda self, o: o - self.v", "1 + b"),
            ("__eq__", "lambda self, o: True", "b == 5"),
            ("__lt__", "lambda self, o: self.v < o", "b < 3"),
            ("__bool__", "lambda self: self.v > 0", "bool(b)"),
            ("__getitem__", "lambda self, i: (self.v, i)", "b[2]"),
            ("__iter__", "lambda self: iter([self.v, 1])", "list(b)"),
            ("__contains__", "lambda self, x: x == self.v", "3 in b"),
            ("__neg__", "lambda self: -self.v", "-b"),
            ("__call__", "lambda self, *a: len(a)", "b(1, 2)"),
            ("__hash__", "lambda self: 7", "hash(b) == 7"),
            ("__hash__", "None", "hash(b) == 7"),
            ("__repr__", "lambda self: 'R'", "repr(b)[:3]"),
            ("__str__", "lambda self: 'S'", "str(b)[:1]"),
            ("__index__", "lambda self: 2", "[10, 20, 30][b]"),
        ]);
        let owner = *self.rng.pick(&["A", "B"]);
        let lines = block(
            &format!(
                "
                class A:
                    def __init__(self, v): self.v = v
                class B(A):
                    pass
                b = B({{}})
                r = []
                for step in range(3):
                    if step == 1: {owner}.{dunder} = {value}
                    if step == 2: del {owner}.{dunder}
                    try: r.append({expr})
                    except Exception as e: r.append(type(e).__name__)
                return r"
            ),
            vec![self.int(1)],
        );
        ("class-late-dunder".into(), lines)
    }

    /// A subclass of a built-in container that overrides one dunder or
    /// method, probed by the built-in operations: which of its methods each
    /// one calls is CPython's choice, slot by slot.
    pub(super) fn builtin_subclass_snippet(&mut self) -> (String, Vec<Line>) {
        let (base, value) = *self.rng.pick(&[
            ("list", "[3, 1, 2]"),
            ("tuple", "(3, 1, 2)"),
            ("dict", "dict(a=1, b=2)"),
            ("set", "[3, 1, 2]"),
            ("frozenset", "[3, 1]"),
            ("str", "'cab'"),
        ]);
        let (dunder, body) = *self.rng.pick(&[
            ("iter", "def __iter__(self): return iter([9, 'a'])"),
            ("contains", "def __contains__(self, x): return x == 9"),
            ("len", "def __len__(self): return 0"),
            ("getitem", "def __getitem__(self, i): return ('gi', i)"),
            ("keys", "def keys(self): return ['a']"),
            ("eq", "def __eq__(self, o): return True"),
            ("hash", "__hash__ = object.__hash__"),
            ("bool", "def __bool__(self): return False"),
            ("repr", "def __repr__(self): return 'R'"),
        ]);
        let lines = block(
            &format!(
                "
                class S({base}):
                    {body}
                s = S({value})
                r = []
                probes = [lambda: 9 in s, lambda: 'a' in s, lambda: list(s), lambda: len(s), lambda: bool(s), lambda: repr(s), lambda: sorted(s, key=repr), lambda: s == {base}({value}), lambda: dict(s) if isinstance(s, dict) else tuple(s), lambda: [*s], lambda: hash(s) == hash(s), lambda: str(s)]
                for probe in probes:
                    try: r.append(probe())
                    except Exception as e: r.append(type(e).__name__)
                return r"
            ),
            vec![],
        );
        (format!("class-builtin-subclass.{base}.{dunder}"), lines)
    }
}
