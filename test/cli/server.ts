import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ROOT } from './run-cli';

/**
 * A local web server on 127.0.0.1 for the CLI's URL inputs: the sample article, a redirect to it,
 * and each way a URL can fail (404, a PDF, JSON, a page over the size limit, no answer at all, an
 * XHTML page the XML parser rejects). `closedPort()` gives a port nothing listens on.
 */
const SAMPLE = readFileSync(resolve(ROOT, 'samples/seed-article.html'));

export interface TestServer {
  base: string;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const hanging = new Set<import('node:http').ServerResponse>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    switch (path) {
      case '/article':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return void res.end(SAMPLE);
      case '/article-gzip':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
        return void res.end(gzipSync(SAMPLE));
      case '/moved':
        res.writeHead(301, { location: '/article' });
        return void res.end();
      case '/missing':
        res.writeHead(404, { 'content-type': 'text/html' });
        return void res.end('<h1>Not found</h1>');
      case '/report.pdf':
        res.writeHead(200, { 'content-type': 'application/pdf' });
        return void res.end('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
      case '/data.json':
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.end('{"title":"not a page"}');
      case '/huge':
        // No content-length: the limit must be enforced while streaming.
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body><p>');
        for (let i = 0; i < 64; i++) res.write('x'.repeat(16 * 1024));
        return void res.end('</p></body></html>');
      case '/broken.xhtml':
        res.writeHead(200, { 'content-type': 'application/xhtml+xml' });
        return void res.end('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>unclosed <b>tags</p></body>');
      case '/never':
        // Headers but never a body: only the client's time limit ends this.
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body>');
        hanging.add(res);
        return;
      default:
        res.writeHead(404);
        res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((r) => {
        hanging.forEach((res) => res.destroy());
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** A port on 127.0.0.1 that was free a moment ago and has nothing listening now. */
export async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}
