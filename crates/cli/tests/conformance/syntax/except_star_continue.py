for i in range(3):
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        for j in range(2):
            break
        continue
