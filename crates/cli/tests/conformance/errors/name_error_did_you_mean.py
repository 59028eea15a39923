# A misspelled name: CPython 3.11 suggests the closest one.
message = "hello"
pritn(message)
