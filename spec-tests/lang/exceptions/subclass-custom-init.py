class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(f"{status} {reason}")
        self.status = status
        self.reason = reason

try:
    raise HttpError(404, "Not Found")
except HttpError as e:
    print(e.status, e.reason)   # expect: 404 Not Found
    print(e.args)   # expect: ('404 Not Found',)
    print(e)   # expect: 404 Not Found
raise HttpError(500, "Server Error")   # raises: HttpError: 500 Server Error
