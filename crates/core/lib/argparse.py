# argparse: ArgumentParser with positional and optional arguments, actions
# (store, store_const, store_true/false, append, count, version, help),
# nargs, type, choices, defaults, groups and subcommands; its usage, help and
# error messages laid out as CPython's HelpFormatter lays them out.

import os as _os
import sys as _sys
import textwrap as _textwrap

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'Namespace', 'Action',
           'FileType', 'HelpFormatter', 'RawDescriptionHelpFormatter',
           'RawTextHelpFormatter', 'ArgumentDefaultsHelpFormatter', 'SUPPRESS',
           'OPTIONAL', 'ZERO_OR_MORE', 'ONE_OR_MORE', 'REMAINDER', 'PARSER',
           'BooleanOptionalAction']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'


class Namespace:
    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        args = ', '.join('%s=%r' % (k, v) for k, v in self.__dict__.items())
        return 'Namespace(%s)' % args

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = _name_of(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


def _name_of(action):
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    return None


class Action:
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class _Store(Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConst(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None,
                 metavar=None):
        Action.__init__(self, option_strings, dest, nargs=0, const=const, default=default,
                        required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrue(_StoreConst):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        _StoreConst.__init__(self, option_strings, dest, const=True, default=default,
                             required=required, help=help)


class _StoreFalse(_StoreConst):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        _StoreConst.__init__(self, option_strings, dest, const=False, default=default,
                             required=required, help=help)


class _Append(Action):
    def __call__(self, parser, namespace, values, option_string=None):
        items = list(getattr(namespace, self.dest, None) or [])
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConst(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None,
                 metavar=None):
        Action.__init__(self, option_strings, dest, nargs=0, const=const, default=default,
                        required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        items = list(getattr(namespace, self.dest, None) or [])
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _Extend(_Append):
    def __call__(self, parser, namespace, values, option_string=None):
        items = list(getattr(namespace, self.dest, None) or [])
        items.extend(values)
        setattr(namespace, self.dest, items)


class _Count(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        Action.__init__(self, option_strings, dest, nargs=0, default=default, required=required,
                        help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (count or 0) + 1)


class _Help(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        Action.__init__(self, option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _Version(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        Action.__init__(self, option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        parser._print_message(self.version.replace('%(prog)s', parser.prog) + '\n', _sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        strings = []
        for s in option_strings:
            strings.append(s)
            if s.startswith('--'):
                strings.append('--no-' + s[2:])
        Action.__init__(self, strings, dest, nargs=0, default=default, required=required,
                        help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _SubParsers(Action):
    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None, title=None, description=None):
        Action.__init__(self, option_strings, dest, nargs=PARSER, choices={}, required=required,
                        help=help, metavar=metavar)
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._helps = []

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        help = kwargs.pop('help', None)
        aliases = kwargs.pop('aliases', ())
        parser = self._parser_class(**kwargs)
        self.choices[name] = parser
        for alias in aliases:
            self.choices[alias] = parser
        if help is not None:
            self._helps.append((name, help))
        return parser

    def __call__(self, parser, namespace, values, option_string=None):
        name, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        if name not in self.choices:
            raise ArgumentError(self, "invalid choice: %r (choose from %s)"
                                % (name, ', '.join(map(repr, self.choices))))
        sub, extras = self.choices[name].parse_known_args(rest, None)
        for k, v in vars(sub).items():
            setattr(namespace, k, v)
        if extras:
            parser._extras.extend(extras)


_ACTIONS = {None: _Store, 'store': _Store, 'store_const': _StoreConst, 'store_true': _StoreTrue,
            'store_false': _StoreFalse, 'append': _Append, 'append_const': _AppendConst,
            'extend': _Extend, 'count': _Count, 'help': _Help, 'version': _Version}


class FileType:
    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode

    def __call__(self, string):
        if string == '-':
            return _sys.stdin if 'r' in self._mode else _sys.stdout
        try:
            return open(string, self._mode)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))


class HelpFormatter:
    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            try:
                width = int(_os.environ['COLUMNS'])
            except (KeyError, ValueError):
                width = 80
            width -= 2
        self._prog = prog
        self._width = width
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))

    def _fill_text(self, text, width, indent):
        text = ' '.join(text.split())
        return _textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _split_lines(self, text, width):
        text = ' '.join(text.split())
        return _textwrap.wrap(text, width)

    def _get_help_string(self, action):
        return action.help


class RawDescriptionHelpFormatter(HelpFormatter):
    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                help += ' (default: %(default)s)'
        return help


class _Group:
    def __init__(self, parser, title=None, description=None, exclusive=False, required=False):
        self._parser = parser
        self.title = title
        self.description = description
        self._group_actions = []
        self.exclusive = exclusive
        self.required = required

    def add_argument(self, *args, **kwargs):
        action = self._parser.add_argument(*args, _group=self, **kwargs)
        if action not in self._group_actions:
            self._group_actions.append(action)
        return action

    def add_mutually_exclusive_group(self, required=False):
        return self._parser.add_mutually_exclusive_group(required=required)

    def add_argument_group(self, *args, **kwargs):
        return self._parser.add_argument_group(*args, **kwargs)


class ArgumentParser:
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv and _sys.argv[0] else 'main.py'
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._defaults = {}
        self._positionals = _Group(self, 'positional arguments')
        self._optionals = _Group(self, 'options')
        self._groups = [self._positionals, self._optionals]
        self._exclusive = []
        self._subparsers = None
        if add_help:
            self.add_argument('-h', '--help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            for action in parent._actions:
                if not isinstance(action, _Help):
                    self._add_action(action, None)
            self._defaults.update(parent._defaults)

    # Declaring.
    def add_argument(self, *args, _group=None, **kwargs):
        chars = self.prefix_chars
        if not args or (len(args) == 1 and args[0][:1] not in chars):
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            dest = args[0] if args else kwargs.pop('dest')
            kwargs['dest'] = dest
            option_strings = []
            if kwargs.get('nargs') not in (OPTIONAL, ZERO_OR_MORE, REMAINDER, SUPPRESS, 0):
                kwargs['required'] = True
            if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
                kwargs['required'] = True
        else:
            option_strings = list(args)
            for s in option_strings:
                if s[:1] not in chars:
                    raise ValueError('invalid option string %r: must start with a character %r'
                                     % (s, chars))
            dest = kwargs.pop('dest', None)
            if dest is None:
                longs = [s for s in option_strings if len(s) > 1 and s[1] in chars]
                dest = (longs or option_strings)[0].lstrip(chars).replace('-', '_')
            kwargs['dest'] = dest
        if 'default' not in kwargs:
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_name = kwargs.pop('action', None)
        cls = _ACTIONS.get(action_name, action_name) if not callable(action_name) or action_name is None else action_name
        if isinstance(action_name, str) and action_name not in _ACTIONS:
            raise ValueError('unknown action "%s"' % action_name)
        type_func = kwargs.get('type')
        if type_func is not None and not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        action = cls(option_strings, **kwargs)
        if isinstance(action, (_Store, _Append)) and action.nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing to '
                             'store, actions such as store true or store const may be more '
                             'appropriate')
        return self._add_action(action, _group)

    def _add_action(self, action, group):
        for s in action.option_strings:
            for other in self._actions:
                if s in other.option_strings:
                    raise ArgumentError(action, 'conflicting option string: %s' % s)
        self._actions.append(action)
        if group is None or not isinstance(group, _Group) or group.exclusive:
            target = self._optionals if action.option_strings else self._positionals
            target._group_actions.append(action)
            if group is not None and group.exclusive:
                group._group_actions.append(action)
        return action

    def add_argument_group(self, title=None, description=None):
        group = _Group(self, title, description)
        self._groups.append(group)
        return group

    def add_mutually_exclusive_group(self, required=False):
        group = _Group(self, exclusive=True, required=required)
        self._exclusive.append(group)
        return group

    def add_subparsers(self, title=None, description=None, prog=None, parser_class=None,
                       action=None, dest=SUPPRESS, required=False, help=None, metavar=None):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        if prog is None:
            prog = ' '.join([self.prog] + [self._format_usage_part(a) for a in self._positionals._group_actions])
            prog = prog.strip()
        action = _SubParsers([], prog=prog, parser_class=parser_class or type(self), dest=dest,
                             required=required, help=help, metavar=metavar)
        self._subparsers = action
        if title or description:
            group = self.add_argument_group(title, description)
            self._actions.append(action)
            group._group_actions.append(action)
        else:
            self._actions.append(action)
            self._positionals._group_actions.append(action)
        return action

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    # Parsing.
    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            namespace, extras = self._parse(args, namespace)
        except ArgumentError as err:
            if self.exit_on_error:
                self.error(str(err))
            raise
        return namespace, extras

    def _option(self, arg):
        """(action, option string, explicit value) for an option argument."""
        explicit = None
        if '=' in arg and arg.startswith('--'):
            arg, explicit = arg.split('=', 1)
        for action in self._actions:
            if arg in action.option_strings:
                return action, arg, explicit
        if arg.startswith('--') and self.allow_abbrev:
            found = [(a, s) for a in self._actions for s in a.option_strings if s.startswith(arg)]
            if len(found) == 1:
                return found[0][0], found[0][1], explicit
            if len(found) > 1:
                self.error('ambiguous option: %s could match %s'
                           % (arg, ', '.join(s for _, s in found)))
        if len(arg) > 2 and arg[1] not in self.prefix_chars:
            for action in self._actions:
                if arg[:2] in action.option_strings:
                    return action, arg[:2], arg[2:]
        return None, arg, explicit

    def _is_option(self, arg):
        if not arg or arg[0] not in self.prefix_chars or arg == '-':
            return False
        if arg == '--':
            return True
        if arg[1:2].isdigit() or arg[1:2] == '.':
            try:
                float(arg)
                return False
            except ValueError:
                pass
        return True

    def _nargs_pattern(self, action):
        nargs = action.nargs
        if nargs is None:
            pat = '(-*A-*)'
        elif nargs == OPTIONAL:
            pat = '(-*A?-*)'
        elif nargs == ZERO_OR_MORE:
            pat = '(-*[A-]*)'
        elif nargs == ONE_OR_MORE:
            pat = '(-*A[A-]*)'
        elif nargs == REMAINDER:
            pat = '([-AO]*)'
        elif nargs == PARSER:
            pat = '(-*A[-AO]*)'
        else:
            pat = '(-*%s-*)' % '-*'.join('A' * nargs)
        if not action.option_strings:
            pat = pat.replace('-*', '').replace('-', '')
        return pat

    def _parse(self, args, namespace):
        import re
        self._extras = []
        seen = set()
        # As CPython: the arguments as a pattern of A (argument), O (option)
        # and - (the '--' after which all are arguments).
        pattern = []
        rest_only = False
        for arg in args:
            if rest_only:
                pattern.append('A')
            elif arg == '--':
                pattern.append('-')
                rest_only = True
            elif self._is_option(arg):
                pattern.append('O')
            else:
                pattern.append('A')
        pattern = ''.join(pattern)
        remaining = [a for a in self._actions if not a.option_strings]

        def consume_positionals(start):
            text = pattern[start:]
            for k in range(len(remaining), -1, -1):
                joined = ''.join(self._nargs_pattern(a) for a in remaining[:k])
                m = re.match(joined, text)
                if m is not None:
                    at = start
                    for action, group in zip(remaining[:k], m.groups()):
                        values = [v for v in args[at:at + len(group)] if v != '--'] \
                            if action.nargs not in (PARSER, REMAINDER) else args[at:at + len(group)]
                        at += len(group)
                        seen.add(action)
                        self._take(action, values, None, namespace)
                    del remaining[:k]
                    return at
            return start

        i = 0
        while i < len(args):
            if pattern[i] != 'O':
                j = pattern.find('O', i)
                consumed = consume_positionals(i)
                if consumed > i:
                    i = consumed
                    continue
                if j < 0:
                    break
                self._extras.extend(a for a in args[i:j] if a != '--' or True)
                i = j
                continue
            arg = args[i]
            action, opt, explicit = self._option(arg)
            if action is None:
                self._extras.append(arg)
                i += 1
                continue
            i += 1
            nargs = action.nargs
            if explicit is not None:
                if nargs == 0:
                    if opt.startswith('--'):
                        raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
                    # -vvv: a flag followed by more flags.
                    self._take(action, [], opt, namespace)
                    seen.add(action)
                    args = args[:i] + ['-' + explicit] + args[i:]
                    pattern = pattern[:i] + 'O' + pattern[i:]
                    continue
                values = [explicit]
            else:
                m = re.match(self._nargs_pattern(action), pattern[i:])
                if m is None:
                    if nargs is None:
                        raise ArgumentError(action, 'expected one argument')
                    if nargs == ONE_OR_MORE:
                        raise ArgumentError(action, 'expected at least one argument')
                    if nargs == OPTIONAL:
                        raise ArgumentError(action, 'expected at most one argument')
                    raise ArgumentError(action, 'expected %d argument%s'
                                        % (nargs, '' if nargs == 1 else 's'))
                n = len(m.group(1))
                values = [v for v in args[i:i + n] if v != '--']
                i += n
            for group in self._exclusive:
                if action in group._group_actions:
                    for other in group._group_actions:
                        if other is not action and other in seen:
                            raise ArgumentError(action, 'not allowed with argument %s'
                                                % _name_of(other))
            seen.add(action)
            self._take(action, values, opt, namespace)
        stop = consume_positionals(i)
        self._extras.extend(args[stop:])
        missing = [a for a in self._actions if a.required and a not in seen]
        if missing:
            names = [_name_of(a) for a in missing]
            raise ArgumentError(None, 'the following arguments are required: %s' % ', '.join(names))
        for group in self._exclusive:
            if group.required and not any(a in seen for a in group._group_actions):
                names = [_name_of(a) for a in group._group_actions if a.help is not SUPPRESS]
                raise ArgumentError(None, 'one of the arguments %s is required' % ' '.join(names))
        for action in self._actions:
            if action not in seen and isinstance(action.default, str) and action.dest is not SUPPRESS \
                    and getattr(namespace, action.dest, None) is action.default and action.type:
                setattr(namespace, action.dest, self._convert(action, action.default))
        return namespace, self._extras

    def _min_before_parser(self, positionals):
        return sum(self._min_count(a) for a in positionals[:-1]) + 1

    def _min_count(self, action):
        nargs = action.nargs
        if nargs is None:
            return 1
        if nargs in (OPTIONAL, ZERO_OR_MORE, REMAINDER):
            return 0
        if nargs in (ONE_OR_MORE, PARSER):
            return 1
        return nargs

    def _convert(self, action, value):
        func = action.type
        if func is None:
            return value
        try:
            return func(value)
        except ArgumentTypeError as e:
            raise ArgumentError(action, str(e))
        except (TypeError, ValueError):
            name = getattr(func, '__name__', repr(func))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, value))

    def _take(self, action, values, option_string, namespace):
        nargs = action.nargs
        if isinstance(action, _SubParsers):
            action(self, namespace, values, option_string)
            return
        if nargs == 0:
            value = None
        else:
            converted = [self._convert(action, v) for v in values]
            if action.choices is not None:
                for v in converted:
                    if v not in action.choices:
                        raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                            % (v, ', '.join(map(repr, action.choices))))
            if nargs is None:
                value = converted[0]
            elif nargs == OPTIONAL:
                if converted:
                    value = converted[0]
                elif option_string is not None:
                    value = action.const
                else:
                    value = action.default
            elif nargs == ZERO_OR_MORE and not converted and option_string is None:
                value = action.default if action.default is not None else []
            else:
                value = converted
        action(self, namespace, value, option_string)

    # Output.
    def _metavar(self, action):
        if action.metavar is not None:
            return action.metavar
        if action.choices is not None:
            return '{%s}' % ','.join(map(str, action.choices))
        return action.dest if not action.option_strings else action.dest.upper()

    def _args_text(self, action):
        mv = self._metavar(action)
        nargs = action.nargs
        if isinstance(mv, tuple):
            parts = list(mv)
        else:
            parts = None
        if nargs is None:
            return mv if parts is None else parts[0]
        if nargs == OPTIONAL:
            return '[%s]' % mv
        if nargs == ZERO_OR_MORE:
            return '[%s ...]' % mv
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % (mv, mv)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % mv
        if nargs == 0:
            return ''
        return ' '.join(parts if parts else [mv] * nargs)

    def _format_usage_part(self, action):
        if not action.option_strings:
            text = self._args_text(action)
            if action.nargs in (ZERO_OR_MORE,) and not action.required:
                return text
            return text
        if isinstance(action, BooleanOptionalAction):
            text = action.format_usage()
        else:
            text = action.option_strings[0]
            if action.nargs != 0:
                text += ' ' + self._args_text(action)
        return text if action.required else '[%s]' % text

    def format_usage(self):
        return self._usage_text() + '\n'

    def _usage_text(self):
        if self.usage is not None:
            return 'usage: ' + self.usage.replace('%(prog)s', self.prog)
        optionals = [a for a in self._actions if a.option_strings and a.help is not SUPPRESS]
        positionals = [a for a in self._actions if not a.option_strings and a.help is not SUPPRESS]
        parts = []
        done = set()
        for a in optionals:
            if a in done:
                continue
            group = next((g for g in self._exclusive if a in g._group_actions), None)
            if group is not None:
                inner = []
                for m in group._group_actions:
                    done.add(m)
                    t = self._format_usage_part(m)
                    inner.append(t[1:-1] if t.startswith('[') and not m.required else t)
                joined = ' | '.join(inner)
                parts.append(('(%s)' if group.required else '[%s]') % joined)
                continue
            parts.append(self._format_usage_part(a))
        opt_parts = parts
        pos_parts = [self._format_usage_part(a) for a in positionals]
        prefix = 'usage: '
        line = ' '.join([self.prog] + opt_parts + pos_parts)
        width = self._formatter()._width
        if len(prefix) + len(line) <= width:
            return prefix + line
        indent = ' ' * (len(prefix) + len(self.prog) + 1)
        lines = []
        if len(prefix) + len(self.prog) <= 0.75 * width:
            def wrap(items, first):
                out, cur = [], first
                for item in items:
                    if cur and len(cur) + 1 + len(item) > width - len(indent) + (len(indent) if cur is first else 0):
                        out.append(cur)
                        cur = item
                    else:
                        cur = (cur + ' ' + item) if cur else item
                if cur:
                    out.append(cur)
                return out
            lines = self._wrap_parts(opt_parts, pos_parts, len(indent), width)
            text = prefix + self.prog + ' ' + ('\n' + indent).join(lines)
            return text
        return prefix + line

    def _wrap_parts(self, opt_parts, pos_parts, indent_len, width):
        def get_lines(parts):
            lines, line, line_len = [], [], indent_len - 1
            for part in parts:
                if line_len + 1 + len(part) > width and line:
                    lines.append(' '.join(line))
                    line, line_len = [], indent_len - 1
                line.append(part)
                line_len += len(part) + 1
            if line:
                lines.append(' '.join(line))
            return lines
        if len(' '.join(opt_parts + pos_parts)) + indent_len <= width:
            return [' '.join(opt_parts + pos_parts)]
        lines = get_lines(opt_parts + pos_parts) if opt_parts else get_lines(pos_parts)
        if opt_parts and pos_parts and len(lines) > 1:
            lines = get_lines(opt_parts) + get_lines(pos_parts)
        return lines

    def _formatter(self):
        return self.formatter_class(prog=self.prog)

    def _invocation(self, action):
        if not action.option_strings:
            mv = self._metavar(action)
            return mv if not isinstance(mv, tuple) else ' '.join(mv)
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._args_text(action)
        return ', '.join('%s %s' % (s, args) for s in action.option_strings)

    def format_help(self):
        fmt = self._formatter()
        width = fmt._width
        out = [self._usage_text() + '\n']
        if self.description:
            out.append('\n' + fmt._fill_text(self.description, width, '') + '\n')
        sections = []
        all_actions = [a for g in self._groups for a in g._group_actions if a.help is not SUPPRESS]
        inv_max = max([len(self._invocation(a)) + 2 for a in all_actions] or [0])
        inv_max = max([inv_max] + [len(n) + 4 for a in all_actions if isinstance(a, _SubParsers)
                                   for n, _ in a._helps])
        help_position = min(inv_max + 2, fmt._max_help_position)
        help_width = max(width - help_position, 11)
        for group in self._groups:
            actions = [a for a in group._group_actions if a.help is not SUPPRESS]
            if not actions and not group.description:
                continue
            lines = ['\n' + group.title + ':\n']
            if group.description:
                lines.append(fmt._fill_text(group.description, width, '  ') + '\n\n')
            for a in actions:
                inv = self._invocation(a)
                help_text = fmt._get_help_string(a) if a.help is not None else None
                if help_text is not None:
                    params = dict(vars(a), prog=self.prog)
                    for k in list(params):
                        if params[k] is SUPPRESS:
                            del params[k]
                    if params.get('choices') is not None:
                        params['choices'] = ', '.join(map(str, params['choices']))
                    help_text = help_text % params
                if help_text:
                    help_lines = fmt._split_lines(help_text, help_width)
                else:
                    help_lines = []
                if len(inv) + 2 <= help_position - 2 and help_lines:
                    lines.append('  ' + inv.ljust(help_position - 2) + help_lines[0] + '\n')
                    rest = help_lines[1:]
                elif help_lines:
                    lines.append('  ' + inv + '\n')
                    rest = help_lines
                else:
                    lines.append('  ' + inv + '\n')
                    rest = []
                for line in rest:
                    lines.append(' ' * help_position + line + '\n')
                if isinstance(a, _SubParsers):
                    for name, h in a._helps:
                        sub = '    ' + name
                        if len(sub) <= help_position - 2:
                            lines.append(sub.ljust(help_position) + h + '\n')
                        else:
                            lines.append(sub + '\n' + ' ' * help_position + h + '\n')
            sections.append(''.join(lines))
        out.extend(sections)
        if self.epilog:
            out.append('\n' + fmt._fill_text(self.epilog, width, '') + '\n')
        return ''.join(out)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            (file or _sys.stdout).write(message)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))
