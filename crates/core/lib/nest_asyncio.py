# nest_asyncio, which notebook tutorials apply before asyncio.run(): apply()
# is accepted and changes nothing. A program run here is a script, not a
# notebook with a loop already running, so asyncio.run() has no running loop
# to nest in; a nested asyncio.run() still raises as CPython's does.

__version__ = '1.6.0'


def apply(loop=None):
    pass
