import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

/**
 * A static server on 127.0.0.1 (a random free port) for the browser tests: files from a few
 * directories plus routes a test defines, each with its own headers (a strict CSP, say).
 * Nothing is ever fetched from the network.
 */

export interface Route {
  body: string | Buffer;
  /** Defaults from the path's extension, else text/html. */
  contentType?: string;
  headers?: Record<string, string>;
  status?: number;
}

export interface StaticServer {
  origin: string;
  /** Absolute URL of a path on this server (`/x.html` → `http://127.0.0.1:PORT/x.html`). */
  url(path: string): string;
  /** Add or replace a route while the server runs. */
  route(path: string, route: Route | string): void;
  /** Paths requested so far (for tests that check nothing was fetched). */
  requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

function typeOf(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'text/html; charset=utf-8';
}

/**
 * @param dirs directories served at the root, first match wins (e.g. `['samples']` serves
 *   `samples/seed-article.html` as `/seed-article.html`); a prefix can be given as `{ prefix, dir }`.
 */
export async function startServer(
  dirs: (string | { prefix: string; dir: string })[] = [],
  routes: Record<string, Route | string> = {},
): Promise<StaticServer> {
  const table = new Map<string, Route>();
  const setRoute = (path: string, r: Route | string): void => {
    table.set(path, typeof r === 'string' ? { body: r } : r);
  };
  for (const [p, r] of Object.entries(routes)) setRoute(p, r);
  const mounts = dirs.map((d) => (typeof d === 'string' ? { prefix: '/', dir: resolve(d) } : { prefix: d.prefix.replace(/\/?$/, '/'), dir: resolve(d.dir) }));
  const requests: string[] = [];

  const send = (res: ServerResponse, path: string, r: Route): void => {
    res.writeHead(r.status ?? 200, {
      'content-type': r.contentType ?? typeOf(path),
      'cache-control': 'no-store',
      ...r.headers,
    });
    res.end(r.body);
  };

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
    const own = table.get(path);
    if (own) return send(res, path, own);
    for (const m of mounts) {
      if (!path.startsWith(m.prefix)) continue;
      const file = resolve(m.dir, '.' + sep + path.slice(m.prefix.length));
      if (file !== m.dir && !file.startsWith(m.dir + sep)) continue; // no way out of the directory
      try {
        return send(res, file, { body: await readFile(file) });
      } catch {
        /* try the next mount */
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  };

  const server = createServer((req, res) => {
    handler(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => origin + (p.startsWith('/') ? p : '/' + p),
    route: setRoute,
    requests,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
