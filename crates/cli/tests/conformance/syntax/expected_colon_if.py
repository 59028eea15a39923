# A missing colon after an if condition.
value = 3
if value > 2
    print("big")
