# An unterminated triple-quoted string.
print("start")
text = """never
closed
