async def gen():
    yield

g = gen()
calls = {
    "asend()": lambda: g.asend(),
    "asend(1, 2)": lambda: g.asend(1, 2),
    "aclose(1)": lambda: g.aclose(1),
    "__anext__(1)": lambda: g.__anext__(1),
    "__aiter__(1)": lambda: g.__aiter__(1),
    "step.send()": lambda: g.__anext__().send(),
    "step.close(1)": lambda: g.__anext__().close(1),
    "step.throw()": lambda: g.__anext__().throw(),
    "step.throw(1, 2, 3, 4)": lambda: g.__anext__().throw(1, 2, 3, 4),
    "athrow.send()": lambda: g.athrow(ValueError).send(),
    "athrow.close(1)": lambda: g.athrow(ValueError).close(1),
    "athrow.throw()": lambda: g.athrow(ValueError).throw(),
}
for name, call in calls.items():
    try:
        call()
    except TypeError as e:
        print(f"{name}: {e}")

# expect: asend(): async_generator.asend() takes exactly one argument (0 given)
# expect: asend(1, 2): async_generator.asend() takes exactly one argument (2 given)
# expect: aclose(1): async_generator.aclose() takes no arguments (1 given)
# expect: __anext__(1): expected 0 arguments, got 1
# expect: __aiter__(1): expected 0 arguments, got 1
# expect: step.send(): async_generator_asend.send() takes exactly one argument (0 given)
# expect: step.close(1): async_generator_asend.close() takes no arguments (1 given)
# expect: step.throw(): throw expected at least 1 argument, got 0
# expect: step.throw(1, 2, 3, 4): throw expected at most 3 arguments, got 4
# expect: athrow.send(): async_generator_athrow.send() takes exactly one argument (0 given)
# expect: athrow.close(1): async_generator_athrow.close() takes no arguments (1 given)
# expect: athrow.throw(): throw expected at least 1 argument, got 0
