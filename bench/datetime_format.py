# datetime: arithmetic, strftime, isoformat and strptime in a loop.
from datetime import datetime, timedelta

start = datetime(2024, 1, 1, 8, 30)
out = []
for n in range(20000):
    t = start + timedelta(minutes=17 * n)
    out.append(t.strftime('%Y-%m-%d %H:%M:%S') + ' ' + t.isoformat())
parsed = [datetime.strptime(s[:19], '%Y-%m-%d %H:%M:%S') for s in out[:2000]]
print(out[-1], parsed[-1])
