# Bare raise re-raises the current exception with its original traceback.
class ValidationError(ValueError):
    pass


def validate(age):
    if age < 0:
        raise ValidationError(f"age must be >= 0, got {age}")
    return age


def register(age):
    try:
        return validate(age)
    except ValidationError:
        print("logging the error, then re-raising")
        raise


print(register(30))
register(-1)
