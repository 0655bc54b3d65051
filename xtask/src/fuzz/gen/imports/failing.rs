//! Imports that fail: a module raising `ZeroDivisionError` or its own
//! `ImportError` while it runs (and being run again at the next import,
//! since it was taken out of `sys.modules`), one importing such a module,
//! a `SyntaxError` in a module, circular imports (one that works through
//! module attributes, one that fails on a name not yet defined), and
//! `__all__` naming what is not there or what is not a string.
use super::Modules;
use crate::fuzz::gen::library::Kind;

pub(super) const ALL: &[Modules] = &[RAISING, CIRCULAR];

const RAISING: Modules = Modules {
    kind: Kind {
        name: "raising",
        setup: "
            import $log
            def guarded(name):
                try:
                    __import__(name)
                except ImportError as e:
                    return ('ImportError', type(e).__name__, str(e), e.name)
                except ZeroDivisionError as e:
                    return ('ZeroDivisionError', str(e), name in sys.modules)
                return 'imported'
            def twice():
                out = []
                for _ in range(2):
                    try:
                        import $z
                    except ZeroDivisionError:
                        out.append(('$z' in sys.modules, list($log.events)))
                return out",
        trials: &[
            "guarded('$z')",
            "guarded('$e')",
            "guarded('$v')",
            "guarded('$nope')",
            "twice()",
            "err(lambda: __import__('$z'))",
            "err(lambda: __import__('$v'))",
            "err(lambda: __import__('$s'))",
            "(lambda e: e[:2])(err(lambda: __import__('$s')))",
            "!import $e",
            "!from $z import X",
            "!import $w",
            "!import $ws",
            "!import $wn",
            "!import $wns",
            "(guarded('$z'), $log.events, '$v' in sys.modules)",
            "(lambda m: (m.ok, m.__all__))(__import__('$w'))",
        ],
        fill: |g| g.int(1),
    },
    files: &[
        ("$log.py", "events = []"),
        (
            "$z.py",
            "
            import $log
            $log.events.append('z')
            X = {int}
            X // 0",
        ),
        (
            "$e.py",
            "raise ImportError('custom failure in $e', name='$e')",
        ),
        (
            "$v.py",
            "
            import $log
            $log.events.append('v')
            import $z",
        ),
        ("$s.py", "def f(:\n    pass"),
        ("$w.py", "__all__ = ['ok', 'ghost']\nok = 1"),
        ("$ws.py", "from $w import *"),
        ("$wn.py", "__all__ = ['ok', {small}]\nok = 1"),
        ("$wns.py", "from $wn import *"),
    ],
};

const CIRCULAR: Modules = Modules {
    kind: Kind {
        name: "circular",
        setup: "",
        trials: &[
            "!import $c1; r.append(($c1.fa(), $c1.$c2.fb(), $c1.$c2.early))",
            "!import $c2; r.append(($c2.fb(), $c2.early, $c2.$c1.fa()))",
            "!import $c3",
            "!import $c4",
            "!from $c3 import C",
            "sorted(k for k in sys.modules if k.startswith('$'))",
            "err(lambda: __import__('$c3'))",
            "(err(lambda: __import__('$c4')), '$c3' in sys.modules, '$c4' in sys.modules)",
        ],
        fill: |g| g.int(1),
    },
    files: &[
        (
            "$c1.py",
            "
            import $c2
            A = {int}
            def fa():
                return $c2.B + A",
        ),
        (
            "$c2.py",
            "
            import $c1
            B = {int}
            early = hasattr($c1, 'A')
            def fb():
                return $c1.A",
        ),
        ("$c3.py", "from $c4 import D\nC = 1"),
        ("$c4.py", "from $c3 import C\nD = 2"),
    ],
};
