// A tiny static file server for the end-to-end tests: serves a directory (the
// release build in dist/) under a sub-path such as /playground/, the way the
// playground is published inside a tutorial site.
//
//   node e2e/static-server.mjs [--root dist] [--prefix /playground/] [--port 0] [--port-file FILE]
//
// Port 0 picks a free port; the chosen port is printed and, with --port-file,
// written to FILE once the server listens. Only 127.0.0.1 is served.

import { createServer } from 'node:http';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.py': 'text/plain; charset=utf-8',
};

/** Normalises a prefix to the form "/name/" ("/" for the site root). */
function normalisePrefix(prefix) {
  let p = prefix.startsWith('/') ? prefix : `/${prefix}`;
  if (!p.endsWith('/')) p += '/';
  return p;
}

/**
 * Starts serving `root` at `prefix` on 127.0.0.1:`port` (0: any free port).
 * Resolves to `{ server, port, url }` once listening.
 */
/**
 * The built page for a test suite: `PLAYGROUND_URL` if set, otherwise dist/
 * served here under /playground/. `close()` stops a server started here.
 */
export async function servePlayground() {
  if (process.env.PLAYGROUND_URL) return { url: process.env.PLAYGROUND_URL, close() {} };
  const here = fileURLToPath(new URL('.', import.meta.url));
  const own = await startStaticServer({ root: join(here, '..', 'dist'), prefix: '/playground/' });
  return { url: own.url, close: () => own.server.close() };
}

export async function startStaticServer({ root = 'dist', prefix = '/playground/', port = 0 } = {}) {
  const rootDir = resolve(root);
  const base = normalisePrefix(prefix);

  const server = createServer(async (req, res) => {
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(405, 'method not allowed\n', { allow: 'GET, HEAD' });
    }
    const pathname = new URL(req.url, 'http://127.0.0.1').pathname;
    if (`${pathname}/` === base) {
      return send(301, 'moved\n', { location: base });
    }
    if (!pathname.startsWith(base)) {
      return send(404, 'not found\n');
    }
    let relative;
    try {
      relative = decodeURIComponent(pathname.slice(base.length));
    } catch {
      return send(400, 'bad path\n');
    }
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    const file = resolve(join(rootDir, relative));
    if (file !== rootDir && !file.startsWith(rootDir + sep)) {
      return send(404, 'not found\n');
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) return send(404, 'not found\n');
      const body = await readFile(file);
      const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      res.writeHead(200, {
        'content-type': type,
        'content-length': body.length,
        'cache-control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      send(404, 'not found\n');
    }
  });

  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const actualPort = server.address().port;
  return { server, port: actualPort, url: `http://127.0.0.1:${actualPort}${base}` };
}

function parseArgs(argv) {
  const options = { root: 'dist', prefix: '/playground/', port: 0, portFile: null };
  for (let i = 0; i < argv.length; i += 1) {
    const value = argv[i + 1];
    switch (argv[i]) {
      case '--root': options.root = value; i += 1; break;
      case '--prefix': options.prefix = value; i += 1; break;
      case '--port': options.port = Number(value); i += 1; break;
      case '--port-file': options.portFile = value; i += 1; break;
      default: throw new Error(`unknown argument: ${argv[i]}`);
    }
  }
  return options;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = parseArgs(process.argv.slice(2));
  const { server, port, url } = await startStaticServer(options);
  if (options.portFile) await writeFile(options.portFile, `${port}\n`);
  console.log(`serving ${resolve(options.root)} at ${url}`);
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
