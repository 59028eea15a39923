# fromisoformat: the ISO 8601 forms 3.11 accepts and the ones it refuses.
from datetime import datetime, date, time
for s in ["2024-05-01T12:30:45.1234567", "2024-05-01T12:30:45,5", "2024-05-01T1230", "2024-05-01T12:30:45+0530", "2024-05-01T12:30:45.5Z", "2024-W18-3", "2024W183", "2024-W18", "2024-05-01T12:30:45+05", "2024-05-01 12:30:45.123+00:00",
          "2024-05-01T", "2024-05-01X12:30", "2024-05-01T12:3", "2024-05-01T12:30:", "2024-05-01T12:30:45.", "20240501T12", "2024-05-01T24:00"]:
    try:
        print(s, repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(s, "ValueError", e)
for s in ["12", "12:30", "12:30:45.5+01:00", "123045", "T12:30", "12:30Z", "25:00", "12:60", "1:30"]:
    try:
        print(s, repr(time.fromisoformat(s)))
    except ValueError as e:
        print(s, "ValueError", e)
for s in ["2024-W01-1", "2020-W53-7", "2024-13-01", "2024-1-01", "2024-01-1", "20241301"]:
    try:
        print(s, repr(date.fromisoformat(s)))
    except ValueError as e:
        print(s, "ValueError", e)
