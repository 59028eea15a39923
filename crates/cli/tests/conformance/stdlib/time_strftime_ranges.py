# time.strftime's checks of a time tuple: zeros taken as 1, each field's range.
import time
print(time.strftime('%m %d %j %a', (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime('%a %A', (2024, 1, 1, 0, 0, 0, -1, 1, 0)))
print(time.strftime('%a', (2024, 1, 1, 0, 0, 0, 9, 1, 0)))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0),
            (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -2, 1, 0),
            (2024, 1, 1, 0, 0, 0, 0, 367, 0), (2024, -1, 1, 0, 0, 0, 0, 1, 0), (2024, 1, -1, 0, 0, 0, 0, 1, 0)]:
    try:
        time.strftime('%Y', bad)
    except ValueError as e:
        print(bad, e)
print(time.strftime('%H:%M:%S', (2024, 1, 1, 23, 59, 61, 0, 1, 0)))
