class Event:
    def __init__(self, name, **data):
        self.name, self.data = name, data
    def __repr__(self):
        items = ", ".join([f"{k}={v!r}" for k, v in sorted(self.data.items())])
        return f"Event({self.name}{', ' if items else ''}{items})"

class Bus:
    def __init__(self):
        self.handlers = {}
    def on(self, name):
        def register(fn):
            self.handlers.setdefault(name, []).append(fn)
            return fn
        return register
    def emit(self, event):
        results = []
        for h in self.handlers.get(event.name, []):
            try:
                results.append(h(event))
            except Exception as e:
                results.append(f"{type(e).__name__}: {e}")
        return results

bus = Bus()

class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self, event):
        self.count += 1
        return f"counted {self.count}"

counter = Counter()
bus.on("tick")(counter)

@bus.on("tick")
def shout(event):
    return event.name.upper()

@bus.on("tick")
def broken(event):
    return event.data["missing"]

class StateMachine:
    transitions = {("idle", "start"): "running", ("running", "stop"): "idle", ("running", "pause"): "paused", ("paused", "start"): "running"}
    def __init__(self):
        self.state = "idle"
    def __getattr__(self, action):
        def act():
            key = (self.state, action)
            if key not in self.transitions:
                raise AttributeError(f"cannot {action} while {self.state}")   # raises: AttributeError: cannot fly while idle
            self.state = self.transitions[key]
            return self.state
        return act

print(bus.emit(Event("tick", n=1)))   # expect: ['counted 1', 'TICK', "KeyError: 'missing'"]
print(bus.emit(Event("tick")), counter.count)   # expect: ['counted 2', 'TICK', "KeyError: 'missing'"] 2
print(bus.emit(Event("other")), Event("x", b=2, a=1))   # expect: [] Event(x, a=1, b=2)
m = StateMachine()
print(m.start(), m.pause(), m.start(), m.stop())   # expect: running paused running idle
try:
    m.stop()
except AttributeError as e:
    print(e)   # expect: cannot stop while idle
m.fly()
