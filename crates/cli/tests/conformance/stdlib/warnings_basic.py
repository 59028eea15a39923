# warnings.warn: categories, default filters, filterwarnings/simplefilter, catch_warnings(record=True), errors.
import warnings
import sys
import io
import traceback

warnings.warn("first warning")
warnings.warn("deprecated thing", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
for i in range(3):
    warnings.warn("in a loop", RuntimeWarning)
warnings.warn(UserWarning("instance"))
def helper():
    warnings.warn("from a function", FutureWarning)
helper()
helper()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded one")
    warnings.warn("recorded two", ResourceWarning)
print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught], [w.lineno for w in caught], caught[0].filename)
warnings.filterwarnings("ignore", message="noisy")
warnings.warn("noisy and ignored")
warnings.warn("not noisy")
warnings.simplefilter("error", UserWarning)
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised", type(e).__name__, e)
warnings.resetwarnings()
warnings.simplefilter("ignore")
warnings.warn("silent")
for bad in [lambda: warnings.warn("x", int), lambda: warnings.simplefilter("bogus"), lambda: warnings.warn("x", "notaclass")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "line()"), end="")
def show(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno)
warnings.showwarning = show
warnings.simplefilter("always")
warnings.warn("via custom showwarning")

