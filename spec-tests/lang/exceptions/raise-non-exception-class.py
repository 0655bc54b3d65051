class NotAnError:
    pass

raise NotAnError   # raises: TypeError: exceptions must derive from BaseException
