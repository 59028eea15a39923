# logging.config.dictConfig: formatters, filters, handlers, loggers and the
# root logger from a dictionary, as CPython configures them.

import sys
import logging
import logging.handlers
from pkgutil import resolve_name

IDENTIFIER = 'identifier'


def _resolve(name):
    # 'ext://sys.stdout', 'logging.StreamHandler', 'package.module.Name'.
    if not isinstance(name, str):
        return name
    if name.startswith('ext://'):
        name = name[6:]
    return resolve_name(name)


def _value(v):
    if isinstance(v, str) and v.startswith('ext://'):
        return _resolve(v)
    return v


def _factory(config, default):
    config = dict(config)
    factory = config.pop('()', None)
    if factory is not None:
        factory = _resolve(factory)
        props = config.pop('.', None)
        result = factory(**{k: _value(v) for k, v in config.items()})
        for k, v in (props or {}).items():
            setattr(result, k, v)
        return result, None
    return None, config


def _formatter(config):
    made, config = _factory(config, None)
    if made is not None:
        return made
    cls = _resolve(config.get('class', 'logging.Formatter'))
    kwargs = {}
    if 'validate' in config:
        kwargs['validate'] = config['validate']
    if 'defaults' in config:
        kwargs['defaults'] = config['defaults']
    return cls(config.get('format'), config.get('datefmt'), config.get('style', '%'), **kwargs)


def _filter(config):
    made, config = _factory(config, None)
    if made is not None:
        return made
    return logging.Filter(config.get('name', ''))


def _handler(config, formatters, filters):
    config = dict(config)
    formatter = config.pop('formatter', None)
    level = config.pop('level', None)
    names = config.pop('filters', None)
    made, rest = _factory(config, None)
    if made is None:
        cls = _resolve(rest.pop('class'))
        rest.pop('.', None)
        if 'target' in rest and isinstance(rest['target'], str) and not rest['target'].startswith('ext://'):
            rest.pop('target')
        made = cls(**{k: _value(v) for k, v in rest.items()})
    if formatter is not None:
        try:
            made.setFormatter(formatters[formatter])
        except KeyError:
            raise ValueError('Unable to set formatter %r' % formatter)
    if level is not None:
        made.setLevel(logging._checkLevel(level))
    for name in names or ():
        made.addFilter(filters[name])
    return made


def _configure_logger(logger, config, handlers, filters):
    level = config.get('level')
    if level is not None:
        logger.setLevel(logging._checkLevel(level))
    for h in logger.handlers[:]:
        logger.removeHandler(h)
    for name in config.get('handlers', ()):
        try:
            logger.addHandler(handlers[name])
        except KeyError:
            raise ValueError('Unable to add handler %r' % name)
    for name in config.get('filters', ()):
        logger.addFilter(filters[name])


def dictConfig(config):
    if 'version' not in config:
        raise ValueError("dictionary doesn't specify a version")
    if config['version'] != 1:
        raise ValueError('Unsupported version: %s' % config['version'])
    formatters = {}
    for name, fc in config.get('formatters', {}).items():
        try:
            formatters[name] = _formatter(fc)
        except Exception as e:
            raise ValueError('Unable to configure formatter %r' % name) from e
    filters = {}
    for name, fc in config.get('filters', {}).items():
        filters[name] = _filter(fc)
    handlers = {}
    for name in sorted(config.get('handlers', {})):
        try:
            h = _handler(config['handlers'][name], formatters, filters)
        except Exception as e:
            raise ValueError('Unable to configure handler %r' % name) from e
        h.name = name
        handlers[name] = h
    manager = logging.root.manager
    existing = [n for n, v in manager.loggerDict.items() if isinstance(v, logging.Logger)]
    loggers = config.get('loggers', {})
    for name, lc in loggers.items():
        logger = logging.getLogger(name)
        try:
            _configure_logger(logger, lc, handlers, filters)
        except Exception as e:
            raise ValueError('Unable to configure logger %r' % name) from e
        logger.propagate = lc.get('propagate', True)
        logger.disabled = False
    if config.get('disable_existing_loggers', True):
        for name in existing:
            if name in loggers:
                continue
            if any(name.startswith(n + '.') for n in loggers):
                continue
            manager.loggerDict[name].disabled = True
    if 'root' in config:
        try:
            _configure_logger(logging.root, config['root'], handlers, filters)
        except Exception as e:
            raise ValueError('Unable to configure root logger') from e


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    raise NotImplementedError('fileConfig() needs a file system, which the playground does not have')
