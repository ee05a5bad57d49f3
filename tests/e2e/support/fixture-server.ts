import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeSelfSignedCertificate } from './certificate';
import { fixturePagesDir, loadFixtureManifest, pageKey } from './fixtures';

export interface ServedPage {
  body: string | Buffer;
  contentType: string;
}

export interface FixtureServer {
  port: number;
  /** Serve `body` at `url` (host + path; query ignored), replacing any earlier page there. */
  route(url: string, body: string | Buffer, contentType?: string): void;
  /** Whether a URL is one of the pages this server serves. */
  serves(url: string): boolean;
  /** Requests from a page, worker or extension context for anything not served (absolute URLs). */
  unknownRequests: string[];
  /** Requests Chromium made on its own (component updater, network time), not any page or extension. */
  browserRequests: string[];
  close(): Promise<void>;
}

/**
 * Renderers (pages, workers, extension pages and service worker) attach Fetch Metadata, a
 * referrer or an origin; the browser process's own fetches (update checks, network time) carry
 * none of them. Requests from renderers are also seen by the harness's request listener; this
 * split only keeps Chromium's housekeeping from being blamed on the extension.
 */
function isFromWebContext(req: IncomingMessage): boolean {
  const h = req.headers;
  return Boolean(h['sec-fetch-mode'] ?? h['sec-fetch-site'] ?? h.origin ?? h.referer);
}

/**
 * One port for every host: the browser maps all names to it, so it receives both HTTPS (fixture
 * pages) and anything else the browser tries. TLS and plain HTTP are told apart by the first
 * byte (0x16 = TLS handshake) so that stray http:// requests are recorded instead of lost.
 */
export async function startFixtureServer(onUnknown: (url: string) => void = () => undefined): Promise<FixtureServer> {
  const pages = new Map<string, ServedPage>();
  for (const entry of loadFixtureManifest()) {
    pages.set(pageKey(entry.url), {
      body: readFileSync(join(fixturePagesDir, entry.file)),
      contentType: 'text/html; charset=utf-8',
    });
  }
  const unknownRequests: string[] = [];
  const browserRequests: string[] = [];
  const knownHosts = (): Set<string> => new Set([...pages.keys()].map((k) => k.slice(0, k.indexOf('/'))));

  const handle =
    (scheme: 'http' | 'https') =>
    (req: IncomingMessage, res: ServerResponse): void => {
      const host = (req.headers.host ?? 'unknown-host').replace(/:\d+$/, '').toLowerCase();
      const url = new URL(req.url ?? '/', `${scheme}://${host}`);
      const page = scheme === 'https' ? pages.get(pageKey(url)) : undefined;
      if (page) {
        res.writeHead(200, { 'content-type': page.contentType, 'cache-control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : page.body);
        return;
      }
      // The browser asks a page's own site for its favicon by itself; that is not the extension.
      const browserFavicon = url.pathname === '/favicon.ico' && knownHosts().has(host);
      if (!browserFavicon && isFromWebContext(req)) {
        unknownRequests.push(url.href);
        onUnknown(url.href);
      } else if (!browserFavicon) {
        browserRequests.push(url.href);
      }
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not served by the test server');
    };

  const certificate = makeSelfSignedCertificate();
  const https = createHttpsServer(certificate, handle('https'));
  const http = createHttpServer(handle('http'));
  const sockets = new Set<Socket>();
  const front = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.once('data', (first: Buffer) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === 0x16 ? https : http).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });
  await new Promise<void>((resolve, reject) => {
    front.once('error', reject);
    front.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = front.address() as AddressInfo;

  return {
    port,
    route(url, body, contentType = 'text/html; charset=utf-8') {
      pages.set(pageKey(url), { body, contentType });
    },
    serves(url) {
      try {
        const u = new URL(url);
        return u.protocol === 'https:' && pages.has(pageKey(u));
      } catch {
        return false;
      }
    },
    unknownRequests,
    browserRequests,
    async close() {
      for (const socket of sockets) socket.destroy();
      https.close();
      http.close();
      await new Promise<void>((resolve) => front.close(() => resolve()));
    },
  };
}
