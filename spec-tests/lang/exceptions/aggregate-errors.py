class ValidationError(ValueError):
    def __init__(self, field, problem):
        self.field, self.problem = field, problem
        super().__init__(f"{field}: {problem}")

class Errors(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(f"{len(errors)} error(s)")
    def __str__(self):
        return "; ".join([str(e) for e in self.errors])

def validate(record):
    problems = []
    for field in ("name", "age"):
        if field not in record:
            problems.append(ValidationError(field, "missing"))
    if "age" in record and not isinstance(record["age"], int):
        problems.append(ValidationError("age", "not an int"))
    if problems:
        raise Errors(problems)   # raises: Errors: age: missing
    return record

for rec in ({"name": "a", "age": 3}, {"age": "x"}, {}):
    try:
        print("ok", validate(rec))   # expect: ok {'name': 'a', 'age': 3}
    except Errors as e:
        print("invalid:", e, "|", e.args, "|", [x.field for x in e.errors])   # expect: invalid: name: missing; age: not an int | ('2 error(s)',) | ['name', 'age']
        # expect: True False
        # expect: invalid: name: missing; age: missing | ('2 error(s)',) | ['name', 'age']
        # expect: True False
        print(isinstance(e.errors[0], ValueError), isinstance(e, ValueError))
validate({"name": 1})
