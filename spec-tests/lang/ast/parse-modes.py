import ast
print(ast.dump(ast.parse("x = 1  # type: int\ndef f(a):  # type: (int) -> str\n    pass  # type: ignore[x]\n", type_comments=True), include_attributes=True))
print(ast.dump(ast.parse("1 +\\\n 2\n", mode="eval"), include_attributes=True))
print(ast.dump(ast.parse("x = 1; y\n", mode="single")))
print(ast.dump(ast.parse("(*int, **str) -> None", mode="func_type")))
print(ast.dump(ast.parse("'''a\nb''' 'c'\nb'x' b'y'; u'z'\n"), include_attributes=True))
print(ast.dump(ast.parse("é = 'ü'; x = 1e1000; y = 0xFF_FF; z = 1_0.5j"), include_attributes=True))
for bad in ["x = (", "  x", "a b", "return"]:
    try:
        t = ast.parse(bad)
        print("ok", ast.dump(t))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)

# expect: Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), type_comment='int', lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', lineno=2, col_offset=6, end_lineno=2, end_col_offset=7)], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass(lineno=3, col_offset=4, end_lineno=3, end_col_offset=8)], decorator_list=[], type_comment='(int) -> str', lineno=2, col_offset=0, end_lineno=3, end_col_offset=8)], type_ignores=[TypeIgnore(lineno=3, tag='[x]')])
# expect: Expression(body=BinOp(left=Constant(value=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Add(), right=Constant(value=2, lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), lineno=1, col_offset=0, end_lineno=2, end_col_offset=2))
# expect: Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Expr(value=Name(id='y', ctx=Load()))])
# expect: FunctionType(argtypes=[Name(id='int', ctx=Load()), Name(id='str', ctx=Load())], returns=Constant(value=None))
# expect: Module(body=[Expr(value=Constant(value='a\nbc', lineno=1, col_offset=0, end_lineno=2, end_col_offset=8), lineno=1, col_offset=0, end_lineno=2, end_col_offset=8), Expr(value=Constant(value=b'xy', lineno=3, col_offset=0, end_lineno=3, end_col_offset=9), lineno=3, col_offset=0, end_lineno=3, end_col_offset=9), Expr(value=Constant(value='z', kind='u', lineno=3, col_offset=11, end_lineno=3, end_col_offset=15), lineno=3, col_offset=11, end_lineno=3, end_col_offset=15)], type_ignores=[])
# expect: Module(body=[Assign(targets=[Name(id='é', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)], value=Constant(value='ü', lineno=1, col_offset=5, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], value=Constant(value=inf, lineno=1, col_offset=15, end_lineno=1, end_col_offset=21), lineno=1, col_offset=11, end_lineno=1, end_col_offset=21), Assign(targets=[Name(id='y', ctx=Store(), lineno=1, col_offset=23, end_lineno=1, end_col_offset=24)], value=Constant(value=65535, lineno=1, col_offset=27, end_lineno=1, end_col_offset=34), lineno=1, col_offset=23, end_lineno=1, end_col_offset=34), Assign(targets=[Name(id='z', ctx=Store(), lineno=1, col_offset=36, end_lineno=1, end_col_offset=37)], value=Constant(value=10.5j, lineno=1, col_offset=40, end_lineno=1, end_col_offset=46), lineno=1, col_offset=36, end_lineno=1, end_col_offset=46)], type_ignores=[])
# expect: SyntaxError '(' was never closed 1 5
# expect: IndentationError unexpected indent 1 2
# expect: SyntaxError invalid syntax 1 3
# expect: ok Module(body=[Return()], type_ignores=[])
