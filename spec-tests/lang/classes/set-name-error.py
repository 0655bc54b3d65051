class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)

class A:   # raises: RuntimeError: Error calling __set_name__ on 'Bad' instance 'attr' in 'A'
    attr = Bad()
