class E(Exception):
    pass

def f():
    try:
        raise E("boom")
    finally:
        print("finally ran")

try:
    f()   # expect: finally ran
except E as e:
    print("caught", e)   # expect: caught boom
