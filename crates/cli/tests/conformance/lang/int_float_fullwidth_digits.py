# int() and float() read fullwidth digits (as Chinese text writes numbers)
# and strip Unicode spaces such as the ideographic one; the error quotes the
# text as given.
for text in ["１２", "-１２", "\u3000４２\u3000", "１_０００", "0x１Ｆ", "１２ab"]:
    try:
        print(repr(text), int(text))
    except ValueError as e:
        print(e)
print(int("１０", 2), int("１７", 8))
for text in ["１.５", "-０.２５e１", "\u30003.5", "１,５"]:
    try:
        print(repr(text), float(text))
    except ValueError as e:
        print(e)
