// A small static file server for out/ that behaves like a plain static host: index.html
// for directories, a slash redirect, 404.html for misses, and an optional base path
// (BASE_PATH) so a sub-path deployment can be tried locally. Loopback only.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { normalizeBasePath } from './base-path.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

export function createStaticServer({ dir, base = '' }) {
  const root = path.resolve(dir);
  const notFound = path.join(root, '404.html');
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = null;
    }
    // Compress text the way any production static host or CDN does, so local measurements
    // (Lighthouse, page weight) see what visitors get.
    const gzipOk = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const send = (status, file, headers = {}) => {
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const compress = gzipOk && /^(text\/|application\/(json|xml|manifest)|image\/svg)/.test(type);
      res.writeHead(status, {
        'content-type': type,
        ...(compress ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
        ...headers,
      });
      if (req.method === 'HEAD') return res.end();
      const stream = fs.createReadStream(file);
      if (compress) stream.pipe(zlib.createGzip()).pipe(res);
      else stream.pipe(res);
    };
    const miss = () => (fs.existsSync(notFound) ? send(404, notFound) : (res.writeHead(404), res.end('Not found')));
    if (pathname === null || pathname.includes('\0')) return miss();
    if (base && pathname !== base && !pathname.startsWith(`${base}/`)) return miss();
    const rel = pathname.slice(base.length) || '/';
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root)) return miss();
    let stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` });
        return res.end();
      }
      const index = path.join(file, 'index.html');
      stat = fs.statSync(index, { throwIfNoEntry: false });
      return stat ? send(200, index) : miss();
    }
    if (stat?.isFile()) return send(200, file);
    // A static host given /foo.txt style names serves them as written; nothing else to try.
    return miss();
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'out';
  const port = Number(process.env.PORT ?? 3000);
  const base = normalizeBasePath(process.env.BASE_PATH);
  createStaticServer({ dir, base }).listen(port, '127.0.0.1', () => {
    console.log(`Serving ${dir}/ at http://127.0.0.1:${port}${base}/`);
  });
}
