# A logging call whose arguments do not fit its format: logging reports it
# on stderr ("--- Logging error ---", the error, the call stack, the
# message and its arguments) and the program goes on.
import logging

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")


def work(n):
    logging.info("value %d and %d", n)
    logging.info("fine %s", n)


def main():
    work(3)
    logging.warning("no args %s")
    logging.error("%(missing)s", {"present": 1})


main()
print("still running")
