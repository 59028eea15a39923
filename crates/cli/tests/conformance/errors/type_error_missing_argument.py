# Missing required arguments and other TypeError messages.
def connect(host, port, *, timeout):
    return host, port, timeout


try:
    connect("example.org", 80)
except TypeError as e:
    print("TypeError:", e)
try:
    connect(port=1, timeout=2)
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
nothing = None
try:
    nothing()
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2] < "a"
except TypeError as e:
    print("TypeError:", e)
try:
    {}[[1]]
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)


class Box:
    def put(self, item, where):
        return (item, where)


for call in (lambda: Box().put("x"), lambda: Box().put(), lambda: connect(1, 2, timeout=3, retries=4)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
connect("host")
