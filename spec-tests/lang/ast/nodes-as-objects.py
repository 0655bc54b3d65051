import ast, copy
n = ast.BinOp(left=ast.Constant(1), op=ast.Add(), right=ast.Name("x", ast.Load()), lineno=3)
match n:
    case ast.BinOp(ast.Constant(v), ast.Add(), right):
        print("matched", v, right.id)
print(n.lineno, n.col_offset if hasattr(n, "col_offset") else "no col", n.end_lineno)
n.extra = "anything"
print(sorted(n.__dict__))
c = copy.deepcopy(n)
print(type(c).__name__, c.left.value, c.right.id, c.extra, c is n, c.left is n.left)
p = copy.deepcopy(ast.parse("a + 1"))
print(ast.dump(p))
class MyExpr(ast.expr):
    _fields = ("a", "b")
e = MyExpr(1, b=2)
print(e.a, e.b, isinstance(e, ast.AST), MyExpr.__match_args__)
print(ast.Num, isinstance(ast.Constant(1), ast.Num), ast.Str("s").s, ast.Constant(3).n)
print(ast.AST._fields, ast.AST._attributes, ast.expr_context._attributes)
print(ast.arg.end_lineno, ast.pattern._attributes, hasattr(ast.pattern, "end_lineno"))
print(ast.ImportFrom.level, ast.Constant.kind, ast.keyword.arg, ast.MatchAs.pattern)
for args in [(), (1,), (1, 2, 3)]:
    try:
        print(ast.Slice(*args).lower)
    except TypeError as e:
        print(e)
try:
    ast.Pass(1)
except TypeError as e:
    print(e)
try:
    ast.alias(1, 2, 3)
except TypeError as e:
    print(e)
import _ast
print([k for k in dir(_ast) if not k.startswith("__")] == [k for k in sorted(vars(_ast)) if not k.startswith("__")])
print(len([k for k in dir(_ast) if not k.startswith("__")]), _ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(compile("x + 1", "<s>", "eval", _ast.PyCF_ONLY_AST).__class__.__name__)
t = ast.parse("a")
print(compile(t, "<s>", "exec", _ast.PyCF_ONLY_AST) is t)
for mode in ["bogus"]:
    try:
        compile("x", "f", mode, _ast.PyCF_ONLY_AST)
    except ValueError as e:
        print(e)

# expect: matched 1 x
# expect: 3 no col None
# expect: ['extra', 'left', 'lineno', 'op', 'right']
# expect: BinOp 1 x anything False False
# expect: Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Constant(value=1)))], type_ignores=[])
# expect: 1 2 True ()
# expect: <class 'ast.Num'> True s 3
# expect: () () ()
# expect: None ('lineno', 'col_offset', 'end_lineno', 'end_col_offset') False
# expect: None None None None
# expect: None
# expect: 1
# expect: 1
# expect: Pass constructor takes at most 0 positional arguments
# expect: alias constructor takes at most 2 positional arguments
# expect: True
# expect: 122 1024 4096 8192
# expect: Expression
# expect: True
# expect: compile() mode must be 'exec', 'eval', 'single' or 'func_type'
