# platform: the playground presents itself as CPython 3.11 on 64-bit Linux
# (the system CPython is compared with), so that the tutorials' checks such
# as `platform.system() == "Windows"` take the Linux branch. The host's name
# and kernel release are the playground's own.
import sys as _sys
from collections import namedtuple as _namedtuple

_RELEASE = '6.1.0'
_VERSION = '#1 SMP PREEMPT_DYNAMIC'


class uname_result(_namedtuple('uname_result', 'system node release version machine')):
    __module__ = 'platform'

    @property
    def processor(self):
        return processor()


def system():
    return 'Linux'


def node():
    return 'playground'


def release():
    return _RELEASE


def version():
    return _VERSION


def machine():
    return 'x86_64'


def processor():
    return ''


def uname():
    return uname_result(system(), node(), release(), version(), machine())


def architecture(executable=None, bits='', linkage=''):
    return ('64bit', 'ELF')


def python_implementation():
    return 'CPython'


def python_version_tuple():
    return tuple(str(n) for n in _sys.version_info[:3])


def python_version():
    return '.'.join(python_version_tuple())


def python_branch():
    return ''


def python_revision():
    return ''


def python_build():
    return ('main', 'Dec  4 2023 00:00:00')


def python_compiler():
    return 'GCC 12.2.0'


def platform(aliased=False, terse=False):
    if terse:
        return 'Linux-%s' % _RELEASE
    return 'Linux-%s-x86_64-with-glibc2.36' % _RELEASE


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return ('glibc', '2.36')


def win32_ver(release='', version='', csd='', ptype=''):
    return (release, version, csd, ptype)


def win32_edition():
    return None


def win32_is_iot():
    return False


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return (release, versioninfo, machine)


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return (release, vendor, vminfo, osinfo)


def freedesktop_os_release():
    return {'NAME': 'Debian GNU/Linux', 'ID': 'debian', 'PRETTY_NAME': 'Debian GNU/Linux 12 (bookworm)',
            'VERSION_ID': '12', 'VERSION': '12 (bookworm)', 'VERSION_CODENAME': 'bookworm'}
