# selectors: the names and classes, for programs that make an event loop
# with a selector of their own (asyncio.SelectorEventLoop(selector) takes
# one and leaves it unused). There are no sockets or file descriptors to
# watch here: registering one names itself as unavailable.

from collections import namedtuple as _namedtuple

__all__ = ['EVENT_READ', 'EVENT_WRITE', 'SelectorKey', 'BaseSelector', 'SelectSelector',
           'PollSelector', 'EpollSelector', 'DefaultSelector']

EVENT_READ = 1 << 0
EVENT_WRITE = 1 << 1

SelectorKey = _namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'])


class BaseSelector:
    def register(self, fileobj, events, data=None):
        raise NotImplementedError(
            'selectors: the playground has no file descriptors to watch (its event loop '
            'waits on timers and on the requests it makes)')

    def unregister(self, fileobj):
        raise KeyError(f'{fileobj!r} is not registered')

    def modify(self, fileobj, events, data=None):
        raise KeyError(f'{fileobj!r} is not registered')

    def select(self, timeout=None):
        return []

    def close(self):
        pass

    def get_key(self, fileobj):
        raise KeyError(f'{fileobj!r} is not registered')

    def get_map(self):
        return {}

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class SelectSelector(BaseSelector):
    pass


class PollSelector(BaseSelector):
    pass


class EpollSelector(BaseSelector):
    def fileno(self):
        return -1


DefaultSelector = EpollSelector
