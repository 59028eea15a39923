# sys.exit with an int too big for a C long exits with status 255, printing nothing.
import sys
print("exiting")
sys.exit(2**70)
