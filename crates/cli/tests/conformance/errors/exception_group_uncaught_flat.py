def f():
    excs = [OSError('error 1'), SystemError('error 2')]
    raise ExceptionGroup('there were problems', excs)

try:
    f()
except Exception as e:
    print(f'caught {type(e)}: e')

class Test:
    def __init__(self, n):
        self.n = n
    def run(self):
        if self.n % 2:
            raise ValueError(f'test {self.n} failed')

tests = [Test(i) for i in range(4)]
excs = []
for test in tests:
    try:
        test.run()
    except Exception as e:
        excs.append(e)

if excs:
    try:
        raise ExceptionGroup("Test Failures", excs)
    except* ValueError as eg:
        print(len(eg.exceptions), 'value errors')

f()
