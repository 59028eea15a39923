# multiprocessing: what the playground can answer about the one process a
# program runs in. Starting processes (Process, Pool, Queue between
# processes) is not available yet: those name themselves when used, so a
# program stops at the line that needs them with a clear message.
import _os


class _MainProcess:
    name = 'MainProcess'
    daemon = False
    exitcode = None
    authkey = b''

    @property
    def pid(self):
        return _os.getpid()

    @property
    def ident(self):
        return _os.getpid()

    def is_alive(self):
        return True

    def __repr__(self):
        return "<_MainProcess name='MainProcess' parent=None started>"


_main = _MainProcess()


def current_process():
    return _main


def parent_process():
    return None


def active_children():
    return []


def cpu_count():
    return _os.cpu_count()


def _unavailable(what):
    raise NotImplementedError(
        what + ": the playground cannot start processes yet "
        "(threads work: threading, concurrent.futures.ThreadPoolExecutor)")


class Process:
    def __init__(self, *args, **kwargs):
        _unavailable("multiprocessing.Process")


def Pool(*args, **kwargs):
    _unavailable("multiprocessing.Pool")


def Queue(*args, **kwargs):
    _unavailable("multiprocessing.Queue")


def Manager(*args, **kwargs):
    _unavailable("multiprocessing.Manager")


def Value(*args, **kwargs):
    _unavailable("multiprocessing.Value")


def Array(*args, **kwargs):
    _unavailable("multiprocessing.Array")


def set_start_method(method, force=False):
    pass


def get_start_method(allow_none=False):
    return 'fork'


def freeze_support():
    pass
