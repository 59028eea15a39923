# signal: the signal numbers (as Linux numbers them), handlers set and read,
# raise_signal calling them. No signal comes from outside the playground.

from enum import IntEnum as _IntEnum

Signals = _IntEnum('Signals', [
    ('SIGHUP', 1), ('SIGINT', 2), ('SIGQUIT', 3), ('SIGILL', 4), ('SIGTRAP', 5),
    ('SIGABRT', 6), ('SIGBUS', 7), ('SIGFPE', 8), ('SIGKILL', 9), ('SIGUSR1', 10),
    ('SIGSEGV', 11), ('SIGUSR2', 12), ('SIGPIPE', 13), ('SIGALRM', 14), ('SIGTERM', 15),
    ('SIGSTKFLT', 16), ('SIGCHLD', 17), ('SIGCONT', 18), ('SIGSTOP', 19), ('SIGTSTP', 20),
    ('SIGTTIN', 21), ('SIGTTOU', 22), ('SIGURG', 23), ('SIGXCPU', 24), ('SIGXFSZ', 25),
    ('SIGVTALRM', 26), ('SIGPROF', 27), ('SIGWINCH', 28), ('SIGIO', 29), ('SIGPWR', 30),
    ('SIGSYS', 31)], module='signal')
Handlers = _IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)], module='signal')
SIGHUP = Signals.SIGHUP
SIGINT = Signals.SIGINT
SIGQUIT = Signals.SIGQUIT
SIGILL = Signals.SIGILL
SIGTRAP = Signals.SIGTRAP
SIGABRT = Signals.SIGABRT
SIGBUS = Signals.SIGBUS
SIGFPE = Signals.SIGFPE
SIGKILL = Signals.SIGKILL
SIGUSR1 = Signals.SIGUSR1
SIGSEGV = Signals.SIGSEGV
SIGUSR2 = Signals.SIGUSR2
SIGPIPE = Signals.SIGPIPE
SIGALRM = Signals.SIGALRM
SIGTERM = Signals.SIGTERM
SIGSTKFLT = Signals.SIGSTKFLT
SIGCHLD = Signals.SIGCHLD
SIGCONT = Signals.SIGCONT
SIGSTOP = Signals.SIGSTOP
SIGTSTP = Signals.SIGTSTP
SIGTTIN = Signals.SIGTTIN
SIGTTOU = Signals.SIGTTOU
SIGURG = Signals.SIGURG
SIGXCPU = Signals.SIGXCPU
SIGXFSZ = Signals.SIGXFSZ
SIGVTALRM = Signals.SIGVTALRM
SIGPROF = Signals.SIGPROF
SIGWINCH = Signals.SIGWINCH
SIGIO = Signals.SIGIO
SIGPWR = Signals.SIGPWR
SIGSYS = Signals.SIGSYS
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
SIGIOT = Signals.SIGABRT
SIGPOLL = Signals.SIGIO
NSIG = 65

_NAMES = {1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction',
          5: 'Trace/breakpoint trap', 6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception',
          9: 'Killed', 10: 'User defined signal 1', 11: 'Segmentation fault',
          12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated',
          16: 'Stack fault', 17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)',
          20: 'Stopped', 21: 'Stopped (tty input)', 22: 'Stopped (tty output)',
          23: 'Urgent I/O condition', 24: 'CPU time limit exceeded',
          25: 'File size limit exceeded', 26: 'Virtual timer expired',
          27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible',
          30: 'Power failure', 31: 'Bad system call'}


class _Builtin:
    def __init__(self, name, func):
        self.__name__ = self.__qualname__ = name
        self._func = func

    def __call__(self, *args):
        return self._func(*args)

    def __repr__(self):
        return '<built-in function %s>' % self.__name__


def _interrupt(signalnum, frame):
    raise KeyboardInterrupt


default_int_handler = _Builtin('default_int_handler', _interrupt)
_handlers = {n: Handlers.SIG_DFL for n in range(1, NSIG)}
_handlers[2] = default_int_handler
_handlers[13] = Handlers.SIG_IGN
_handlers[25] = Handlers.SIG_IGN


def _number(signalnum):
    n = int(signalnum)
    if not 1 <= n < NSIG:
        raise ValueError('signal number out of range')
    return n


def signal(signalnum, handler):
    n = _number(signalnum)
    if handler not in (0, 1) and not callable(handler):
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
    if n in (9, 19):
        raise OSError(22, 'Invalid argument')
    old = _handlers[n]
    _handlers[n] = Handlers(handler) if handler in (0, 1) else handler
    return old


def getsignal(signalnum):
    return _handlers[_number(signalnum)]


def strsignal(signalnum):
    return _NAMES.get(_number(signalnum))


def valid_signals():
    return set(Signals) | set(range(32, NSIG))


def raise_signal(signalnum):
    n = _number(signalnum)
    handler = _handlers[n]
    if handler == Handlers.SIG_IGN:
        return
    if handler == Handlers.SIG_DFL:
        if n in (17, 18, 23, 28):
            return
        raise SystemExit(128 + n)
    handler(n, None)
