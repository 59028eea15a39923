# A complex literal pattern needs a real part, then an imaginary one.
match 1:
    case 1+2:
        pass
