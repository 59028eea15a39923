# str.encode's error handlers for characters a codec cannot take.
for text in ["café", "x€y", "smile 😀", "plain"]:
    for codec in ["ascii", "latin-1"]:
        for errors in ["ignore", "replace", "xmlcharrefreplace", "backslashreplace"]:
            print(codec, errors, text.encode(codec, errors))
        try:
            print(text.encode(codec))
        except UnicodeEncodeError as e:
            print(type(e).__name__, e)
print("€100".encode("ascii", errors="xmlcharrefreplace").decode())
