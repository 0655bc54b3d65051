class Odd(Exception):
    def __new__(cls):
        return 42

raise Odd   # raises: TypeError: calling <class '__main__.Odd'> should have returned an instance of BaseException, not <class 'int'>
