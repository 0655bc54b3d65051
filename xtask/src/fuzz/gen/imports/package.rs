//! A package of the program's own: `__init__.py`, submodules, a
//! subpackage, relative imports (`from . import x`, `from .m import f`,
//! `from .. import m`, one that goes beyond the top), `__all__` with
//! `from .m import *`, `__path__`, `__package__`, `__spec__`, and
//! `importlib.import_module` with a relative name.
use super::Modules;
use crate::fuzz::gen::library::Kind;

pub(super) const ALL: &[Modules] = &[PACKAGE];

const PACKAGE: Modules = Modules {
    kind: Kind {
        name: "package",
        setup: "
            import $p
            from $p import sub",
        trials: &[
            "($p.VERSION, $p.g({int}), $p.h({int}), $p.H)",
            "($p.sub.where, sub.hp is $p.helper, sub.__name__)",
            "($p.__name__, $p.__package__, $p.__doc__, $p.sub.__package__)",
            "($p.__path__[0].endswith('$p'), $p.__file__.endswith('__init__.py'), $p.__spec__.parent, sub.__spec__.parent)",
            "sorted(n for n in dir($p) if not n.startswith('__'))",
            "!import $p.deep.leaf; r.append(($p.deep.leaf.value, $p.deep.LEVEL, $p.deep.gg(1)))",
            "!from $p.deep import leaf; r.append((leaf.value, leaf.__name__, leaf.__package__))",
            "!from $p.deep.leaf import value as v; r.append(v)",
            "!import $p.bad",
            "!import $p.nope",
            "!from $p import nope",
            "!from $p.sub import nope",
            "err(lambda: $p.hidden)",
            "($p.helper.hidden(), 'hidden' in dir($p), 'h' in dir($p))",
            "('$p.sub' in sys.modules, '$p.deep' in sys.modules, '$p.helper' in sys.modules)",
            "importlib.import_module('.sub', '$p').g({int})",
            "err(lambda: importlib.import_module('..sub', '$p'))",
            "err(lambda: importlib.import_module('.sub'))",
            "__import__('$p.sub', fromlist=['g']).g({int})",
            "(__import__('$p.sub').__name__, __import__('$p.sub', fromlist=['x']).__name__)",
            "!import $p.sub as s; r.append((s.__name__, s is sub))",
            "($p.__spec__.submodule_search_locations is not None, sub.__spec__.submodule_search_locations)",
            "repr($p).replace($p.__file__, 'FILE')",
            "err(lambda: importlib.import_module('$p.sub.g'))",
        ],
        fill: |g| g.int(1),
    },
    files: &[
        (
            "$p/__init__.py",
            "
            'Package $p.'
            from . import sub
            from .sub import g
            from .helper import *
            VERSION = ({small}, {small})",
        ),
        (
            "$p/sub.py",
            "
            from .helper import h
            from . import helper as hp
            def g(x):
                return h(x) + 1
            where = (__name__, __package__)",
        ),
        (
            "$p/helper.py",
            "
            __all__ = ['h', 'H']
            H = {int}
            def h(x):
                return x * 3
            def hidden():
                return 'hidden'",
        ),
        (
            "$p/deep/__init__.py",
            "
            from ..sub import g as gg
            LEVEL = 'deep'",
        ),
        (
            "$p/deep/leaf.py",
            "
            from .. import helper
            from . import LEVEL
            value = (helper.h(2), LEVEL)",
        ),
        ("$p/bad.py", "from ... import x"),
    ],
};
