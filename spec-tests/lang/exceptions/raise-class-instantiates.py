class Oops(Exception):
    def __init__(self):
        print("constructed")
        super().__init__("made by raise")

try:
    raise Oops   # expect: constructed
except Oops as e:
    print(e.args)   # expect: ('made by raise',)
