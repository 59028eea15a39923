# logging.config.dictConfig as tutorials write it.
import logging
import logging.config

old = logging.getLogger("old.module")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": True,
    "formatters": {
        "simple": {"format": "%(levelname)s %(name)s: %(message)s"},
        "brace": {"format": "[{levelname}] {message}", "style": "{"},
    },
    "filters": {"only_app": {"name": "app"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "level": "DEBUG", "formatter": "simple", "stream": "ext://sys.stdout"},
        "brief": {"class": "logging.StreamHandler", "level": "WARNING", "formatter": "brace", "stream": "ext://sys.stdout", "filters": ["only_app"]},
        "null": {"class": "logging.NullHandler"},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["console", "brief"], "propagate": False},
        "app.db": {"level": "INFO"},
        "quiet": {"handlers": ["null"], "propagate": False},
    },
    "root": {"level": "WARNING", "handlers": ["console"]},
}
logging.config.dictConfig(LOGGING)
app = logging.getLogger("app")
app.debug("debug from app")
app.warning("warning from app")
logging.getLogger("app.db").debug("hidden: app.db is at INFO")
logging.getLogger("app.db").error("db error")
logging.getLogger("quiet").error("swallowed")
logging.getLogger("other").warning("root handles this")
old.warning("disabled existing logger: not shown")
print(old.disabled, app.propagate, [h.name for h in app.handlers], logging.root.level)
for bad in [{}, {"version": 2}, {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "missing"}}},
            {"version": 1, "loggers": {"x": {"handlers": ["nope"]}}}]:
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print("ValueError", e)
