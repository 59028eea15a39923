# raise ... from ...: both tracebacks are printed, linked by
# "The above exception was the direct cause of the following exception:".
class ConfigError(Exception):
    pass


def parse_port(text):
    return int(text)


def load_config(text):
    try:
        return parse_port(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e


print("loading")
load_config("80a")
print("never printed")
