//! Snippets for the constructs that suspend or wrap a frame: generators
//! (pipelines, `send`, `throw`, `close`, `yield from`), `with` statements
//! (suppression, exceptions from the body and from `__exit__`, early exits)
//! and coroutines driven by `send` as an event loop drives them. Each
//! snippet closes its generator or coroutine before returning: lython does
//! not yet close one when it is freed (appendix B), and CPython does.
use super::{block, Gen};
use crate::fuzz::program::Line;

impl Gen {
    /// A generator pipeline over random ints, consumed in one of several
    /// ways, some of which stop early or send values in.
    pub(super) fn generator_snippet(&mut self) -> (String, Vec<Line>) {
        let (a, b, c) = (self.int(1), self.int(1), self.int(1));
        let (name, consume) = *self.rng.pick(&[
            ("list", "r.append(list(g))"),
            ("sum", "r.append(sum(x for x in g if x % 3))"),
            ("next", "r.append([next(g, 'end') for _ in range(4)])"),
            ("send", "r.append(next(g)); r.append(g.send(7)); r.append(g.send(None))"),
            ("throw", "r.append(next(g)); r.append(g.throw(KeyError('k')))"),
            ("close", "r.append(next(g)); g.close(); r.append(list(g))"),
            ("zip", "r.append(list(zip(g, g)))"),
            ("unpack", "r.append([*g][:3])"),
        ]);
        let lines = block(
            &format!(
                "
                def inner(n):
                    try:
                        for i in range(n % 5 + 2):
                            got = yield i * {{}}
                            if got is not None: yield got
                    except KeyError:
                        yield 'caught'
                    finally:
                        r.append('inner done')
                    return n
                def outer(n):
                    total = yield from inner(n)
                    yield total
                    yield (v // 2 for v in (n, {{}}))
                r = []
                g = outer({{}})
                try: {consume}
                except Exception as e: r.append(type(e).__name__)
                finally: g.close()
                return r"
            ),
            vec![a, b, c],
        );
        (format!("generator.{name}"), lines)
    }

    /// A context manager whose `__exit__` may suppress, raise or return,
    /// around a body that may raise, return or break.
    pub(super) fn with_snippet(&mut self) -> (String, Vec<Line>) {
        let a = self.int(1);
        let (exit_name, exit) = *self.rng.pick(&[
            ("suppress", "return True"),
            ("pass", "return None"),
            ("raise", "raise ValueError('exit')"),
            ("kind", "return t is ZeroDivisionError"),
        ]);
        let (body_name, body) = *self.rng.pick(&[
            ("divide", "r.append(10 // v)"),
            ("return", "return r + ['early']"),
            ("break", "break"),
            ("raise", "raise KeyError(v)"),
            ("nested", "with M('inner') as w: r.append(w * 2)"),
        ]);
        let lines = block(
            &format!(
                "
                class M:
                    def __init__(self, tag): self.tag = tag
                    def __enter__(self):
                        r.append('enter ' + self.tag)
                        return self.tag
                    def __exit__(self, t, e, tb):
                        r.append(('exit', self.tag, t.__name__ if t else None))
                        {exit}
                r = []
                v = {{}}
                for step in range(2):
                    try:
                        with M('a') as x, M('b'):
                            {body}
                            r.append(x)
                    except Exception as e: r.append(type(e).__name__)
                return r"
            ),
            vec![a],
        );
        (format!("with.{exit_name}.{body_name}"), lines)
    }

    /// Coroutines awaiting each other and a custom awaitable, driven by
    /// `send` until they finish.
    pub(super) fn coroutine_snippet(&mut self) -> (String, Vec<Line>) {
        let (a, b) = (self.int(1), self.int(1));
        let (name, tail) = *self.rng.pick(&[
            ("plain", "return x + y"),
            ("raise", "raise ValueError(x)"),
            ("stop", "raise StopIteration(x)"),
            ("async-with", "async with AM(): return x"),
            ("async-for", "return await collect(x)"),
        ]);
        let lines = block(
            &format!(
                "
                class Step:
                    def __init__(self, v): self.v = v
                    def __await__(self):
                        got = yield self.v
                        return (got or 0) + self.v
                class AM:
                    async def __aenter__(self): return await Step(1)
                    async def __aexit__(self, *a): r.append(a[0])
                class AI:
                    def __init__(self, n): self.n = n % 3
                    def __aiter__(self): return self
                    async def __anext__(self):
                        self.n -= 1
                        if self.n < 0: raise StopAsyncIteration
                        return await Step(self.n)
                async def collect(n):
                    out = []
                    async for i in AI(n): out.append(i)
                    return out
                async def leaf(n):
                    return await Step(n)
                async def main():
                    x = await leaf({{}})
                    y = await Step({{}})
                    {tail}
                r = []
                c = main()
                try:
                    while True: r.append(c.send(len(r)))
                except BaseException as e: r.append((type(e).__name__, getattr(e, 'value', None)))
                finally: c.close()
                return r"
            ),
            vec![a, b],
        );
        (format!("coroutine.{name}"), lines)
    }
}
