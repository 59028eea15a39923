# strptime: directives, case, whitespace, AM/PM, %z forms, %c/%x/%X, and the errors.
from datetime import datetime
cases = [("2024-05-01 12:30", "%Y-%m-%d %H:%M"), ("5/1/2024", "%m/%d/%Y"), ("2024-5-1", "%Y-%m-%d"), ("1 5 2024", "%d %m %Y"), ("Wednesday, May 01, 2024", "%A, %B %d, %Y"),
         ("wed may 1 2024", "%a %b %d %Y"), ("2024-05-01T12:30:45.000001Z", "%Y-%m-%dT%H:%M:%S.%f%z"), ("12/31/99", "%m/%d/%y"), ("2024 1 1", "%Y %W %w"),
         ("12:30:45 AM", "%I:%M:%S %p"), ("12:30:45 PM", "%I:%M:%S %p"), ("2024-05-01", "%Y-%m-%d %H"), ("20240501", "%Y%m%d"), ("2024-05-01 +01:30", "%Y-%m-%d %z"),
         ("Mon Jan  1 00:00:00 2024", "%c"), ("01/02/24", "%x"), ("13:14:15", "%X"), ("2024-02-30", "%Y-%m-%d"), ("", ""), ("x", ""), ("2024%", "%Y%%")]
for s, f in cases:
    try:
        print(repr(s), repr(f), repr(datetime.strptime(s, f)))
    except ValueError as e:
        print(repr(s), repr(f), "ValueError", e)
