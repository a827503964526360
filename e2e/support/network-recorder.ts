import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A proxy that Chromium sends all its traffic to and that forwards none of it: every request any
 * context makes (page, service worker, offscreen document, worker) is written down and refused.
 * Pages the tests serve are answered by Playwright's routing before they reach the network.
 */
/**
 * Chromium's component updater contacts these whatever the flags; it runs in the browser
 * process, not in any extension context.
 */
const BROWSER_UPDATER_HOSTS = /^(update\.googleapis\.com|([a-z0-9-]+\.)*gvt1\.com)$/;

function hostOf(request: string): string {
  const target = request.split(' ')[1] ?? '';
  return target.includes('://') ? new URL(target).hostname : target.replace(/:\d+$/, '');
}

export class NetworkRecorder {
  private readonly all: string[] = [];
  /** Hosts whose pages the test serves itself: Chromium preconnects to them on navigation. */
  private readonly servedHosts = new Set<string>();

  /** For the recorder's own self-test, which makes one request on purpose. */
  forget(request: string): void {
    for (let index = this.all.indexOf(request); index >= 0; index = this.all.indexOf(request)) this.all.splice(index, 1);
  }

  allowServedHost(host: string): void {
    this.servedHosts.add(host);
  }

  /** Every request that tried to leave the browser, less the updater's and the served pages'. */
  get requests(): string[] {
    return this.all.filter((request) => {
      const host = hostOf(request);
      return !BROWSER_UPDATER_HOSTS.test(host) && !this.servedHosts.has(host);
    });
  }

  private server: Server | undefined;
  private sockets = new Set<Socket>();

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      this.all.push(`${request.method} ${request.url}`);
      response.writeHead(403).end();
    });
    this.server.on('connect', (request, socket) => {
      this.all.push(`CONNECT ${request.url}`);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    });
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
