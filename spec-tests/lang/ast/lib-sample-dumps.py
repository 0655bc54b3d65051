# ast.dump(ast.parse(...), include_attributes=True) of a sample of the standard
# library: the length and hash of each dump, and whether compiling the tree gives
# the same code as compiling the source.
import ast, os
lib = os.path.dirname(ast.__file__)

def same_code(a, b):
    if (a.co_code, a.co_names, a.co_varnames, a.co_linetable, a.co_exceptiontable) != (b.co_code, b.co_names, b.co_varnames, b.co_linetable, b.co_exceptiontable):
        return False
    if len(a.co_consts) != len(b.co_consts):
        return False
    for x, y in zip(a.co_consts, b.co_consts):
        if hasattr(x, "co_code"):
            if not (hasattr(y, "co_code") and same_code(x, y)):
                return False
        elif repr(x) != repr(y):
            return False
    return True

for name in ["ast.py", "dataclasses.py", "string.py", "json/decoder.py"]:
    path = os.path.join(lib, name)
    with open(path, encoding="utf-8") as f:
        src = f.read()
    tree = ast.parse(src, name)
    text = ast.dump(tree, include_attributes=True)
    same = same_code(compile(tree, name, "exec"), compile(src, name, "exec"))
    print(name, len(text), hash(text), same)

# expect: ast.py 599280 7955944966794334439 True
# expect: dataclasses.py 298135 613088897859300246 True
# expect: string.py 76662 -6000149056192909447 True
# expect: json/decoder.py 102076 2173888840448651385 True
