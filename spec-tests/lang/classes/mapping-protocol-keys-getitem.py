class Config:
    def keys(self):
        print("keys called")
        return ["host", "port"]
    def __getitem__(self, key):
        return {"host": "localhost", "port": 8080}[key]

def connect(host, port):
    return f"{host}:{port}"

# expect: keys called
# expect: localhost:8080
print(connect(**Config()))
# expect: keys called
# expect: {'host': 'localhost', 'port': 8080}
print(dict(Config()))
# expect: keys called
# expect: {'host': 'localhost', 'port': 8080, 'extra': 1}
print({**Config(), "extra": 1})
d = {"host": "old"}
d.update(Config())   # expect: keys called
print(d)   # expect: {'host': 'localhost', 'port': 8080}
