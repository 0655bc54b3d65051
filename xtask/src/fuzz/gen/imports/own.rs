//! A module of the program's own: its constants, functions and classes,
//! its attributes (`__name__`, `__doc__`, `__file__`, `__spec__`,
//! `__all__`), `from m import *`, a module `__getattr__`, `sys.modules`,
//! `importlib.reload` (of the same source and of a rewritten one), and the
//! errors of importing what is not there.
use super::Modules;
use crate::fuzz::gen::library::Kind;

pub(super) const ALL: &[Modules] = &[OWN, RELOAD];

const OWN: Modules = Modules {
    kind: Kind {
        name: "own",
        setup: "
            import $a, $b, $star, $lazy, $g
            from $a import f, K as Klass, X",
        trials: &[
            "($a.X, $a.S, $a.f(), f({int}), X)",
            "($a.K({int}), Klass({str}) == $a.K({str}))",
            "$star.names",
            "($a.bump(), $a.bump(), $a.counter)",
            "('$a' in sys.modules, sys.modules['$a'] is $a, sys.modules.get('$nope'))",
            "($a.__name__, $a.__doc__, $a.__all__, $a.__package__)",
            "sorted(n for n in dir($a) if not n.startswith('__'))",
            "sorted(vars($a))",
            "repr($a).replace($a.__file__, 'FILE')",
            "($a.__file__.endswith('$a.py'), $a.__spec__.name, $a.__spec__.parent, $a.__spec__.origin == $a.__file__)",
            "err(lambda: exec('from $a import missing'))",
            "err(lambda: importlib.import_module('$nope'))",
            "err(lambda: __import__('$nope.sub'))",
            "err(lambda: $a.missing)",
            "($b.Y, $b.g is $a.f, $b.$a is $a)",
            "($lazy.lazy, err(lambda: $lazy.other))",
            "err(lambda: exec('from $lazy import lazy, other'))",
            "(__import__('$a').X, importlib.import_module('$a') is $a)",
            "!import $a as again; r.append(again is $a)",
            "!del sys.modules['$a']; import $a as again; r.append((again is $a, again.counter, sys.modules['$a'] is again))",
            "!from . import $a",
            "!import $nope",
            "!from $nope import x",
            "!from $a import missing",
            "($g.NAME, $g.ran)",
            "type($a).__name__",
            "($a.K.__module__, $a.K.__qualname__, $a.f.__module__, $a.f.__globals__ is vars($a))",
        ],
        fill: |g| g.int(1),
    },
    files: &[
        (
            "$a.py",
            "
            'Module $a, a doc.'
            X = {int}
            S = {str}
            __all__ = ['X', 'f', 'K']
            _hidden = 'h'
            counter = 0
            def f(v=X):
                return v * 2 if isinstance(v, int) else v
            class K:
                def __init__(self, v): self.v = v
                def __repr__(self): return f'$a.K(⟨self.v!r⟩)'
                def __eq__(self, o): return isinstance(o, K) and self.v == o.v
            def bump():
                global counter
                counter += 1
                return counter",
        ),
        (
            "$b.py",
            "
            import $a
            from $a import f as g
            Y = g($a.X + 1)",
        ),
        (
            "$star.py",
            "
            from $a import *
            names = sorted(n for n in dir() if not n.startswith('__'))",
        ),
        (
            "$lazy.py",
            "
            def __getattr__(name):
                if name == 'lazy':
                    return 'made lazily'
                raise AttributeError(f'no ⟨name⟩ here')",
        ),
        (
            "$g.py",
            "
            ran = []
            if __name__ == '__main__':
                ran.append('as main')
            NAME = __name__",
        ),
    ],
};

const RELOAD: Modules = Modules {
    kind: Kind {
        name: "reload",
        setup: "
            import $log, $r",
        trials: &[
            "(lambda m: (m.state.append(1), importlib.reload(m) is m, m.state, m.VALUE, $log.events))($r)",
            "!$r.extra = 5; importlib.reload($r); r.append(($r.extra, $log.events))",
            "!fh = open($r.__file__, 'w'); fh.write('VALUE = \"rewritten, and longer than before\"\\nstate = None\\n'); fh.close(); importlib.reload($r); r.append(($r.VALUE, $r.state, $log.events))",
            "importlib.reload({int})",
            "!del sys.modules['$r']; importlib.reload($r)",
            "!importlib.reload($r); importlib.reload($r); r.append($log.events)",
            "!import $r as same; r.append((same is $r, len($log.events)))",
        ],
        fill: |g| g.int(1),
    },
    files: &[
        ("$log.py", "events = []"),
        (
            "$r.py",
            "
            import $log
            $log.events.append(__name__)
            VALUE = {int}
            state = []",
        ),
    ],
};
