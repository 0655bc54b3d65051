log = []
class Base:
    def __init__(self):
        log.append("Base")
class Left(Base):
    def __init__(self):
        log.append("Left")
        super().__init__()
class Right(Base):
    def __init__(self):
        log.append("Right")
        super().__init__()
class Both(Left, Right):
    def __init__(self):
        log.append("Both")
        super().__init__()
Both()
print(log)   # expect: ['Both', 'Left', 'Right', 'Base']
