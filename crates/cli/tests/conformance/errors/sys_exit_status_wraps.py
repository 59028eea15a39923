# sys.exit(256) exits with the low byte of the status: 0.
import sys
try:
    sys.exit(256)
except SystemExit as e:
    print("code", e.code)
    raise
