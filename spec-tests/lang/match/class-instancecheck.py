class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", obj)
        return obj == 42
class Answer(metaclass=Meta): pass
match 42:
    case Answer(): print("42 is an Answer")
# expect: instancecheck 42
# expect: 42 is an Answer
