import ast
src = """
def f(a, b=1, *c, d, **e):
    return [x ** 2 for x in range(a) if x % 2] + list(map(str, c))
class K(Base):
    x: int = 3
    async def g(self):
        async for i in self: await i
print(f"{1+1:>{4}}")
"""
t = ast.parse(src)
print(ast.unparse(t))
print(sorted({type(n).__name__ for n in ast.walk(t)}))
print(ast.get_docstring(ast.parse('def f():\n    """  Hello\n    world"""')))
print(ast.get_source_segment(src, t.body[0].body[0].value))
print(ast.literal_eval("[1, -2.5, 3+4j, (None, True), {'a': b'x'}, {1, 2}, frozenset()]" if False else "[1, -2.5, 3+4j, (None, True), {'a': b'x'}, {1, 2}]"))
for bad in ["x", "1 + f()", "[1, a]"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print("ValueError", str(e)[:40])
class Renamer(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.copy_location(ast.Name(id=node.id.upper(), ctx=node.ctx), node)
print(ast.unparse(Renamer().visit(ast.parse("a = b + c(d)"))))
class Counter(ast.NodeVisitor):
    n = 0
    def visit_Call(self, node):
        self.n += 1
        self.generic_visit(node)
c = Counter(); c.visit(ast.parse("f(g(h()), i())")); print(c.n)
t2 = ast.parse("x = 1\ny = 2")
ast.increment_lineno(t2, 10)
print([n.lineno for n in t2.body], t2.body[1].value.end_lineno)
m = ast.Module(body=[ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Constant(5)], []))], type_ignores=[])
ast.fix_missing_locations(m)
print(ast.dump(m, include_attributes=True))

# expect: def f(a, b=1, *c, d, **e):
# expect:     return [x ** 2 for x in range(a) if x % 2] + list(map(str, c))
# expect:
# expect: class K(Base):
# expect:     x: int = 3
# expect:
# expect:     async def g(self):
# expect:         async for i in self:
# expect:             await i
# expect: print(f'{1 + 1:>{4}}')
# expect: ['Add', 'AnnAssign', 'AsyncFor', 'AsyncFunctionDef', 'Await', 'BinOp', 'Call', 'ClassDef', 'Constant', 'Expr', 'FormattedValue', 'FunctionDef', 'JoinedStr', 'ListComp', 'Load', 'Mod', 'Module', 'Name', 'Pow', 'Return', 'Store', 'arg', 'arguments', 'comprehension']
# expect: None
# expect: [x ** 2 for x in range(a) if x % 2] + list(map(str, c))
# expect: [1, -2.5, (3+4j), (None, True), {'a': b'x'}, {1, 2}]
# expect: ValueError malformed node or string on line 1: <ast
# expect: ValueError malformed node or string on line 1: <ast
# expect: ValueError malformed node or string on line 1: <ast
# expect: A = B + C(D)
# expect: 4
# expect: [11, 12] 12
# expect: Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=0), args=[Constant(value=5, lineno=1, col_offset=0, end_lineno=1, end_col_offset=0)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=0), lineno=1, col_offset=0, end_lineno=1, end_col_offset=0)], type_ignores=[])
