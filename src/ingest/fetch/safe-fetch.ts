import { lookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { EntenteError } from '../../core/errors.js';
import { addressRange, isPublicAddress } from './address-policy.js';

interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

export interface SafeFetchOptions {
  /** Most bytes read, on the wire and again once decompressed (a 0.5 MB gzip bomb unpacks to gigabytes). */
  readonly maxBytes: number;
  /** Private, loopback and link-local addresses too (`ENTENTE_ALLOW_PRIVATE_FETCH=1`): for a feed on one's own network. */
  readonly allowPrivate?: boolean;
  readonly headers?: Readonly<Record<string, string>>;
  readonly maxRedirects?: number;
  /** Per hop: resolving the name, connecting and receiving the answer's headers. */
  readonly headersTimeoutMs?: number;
  /** From the headers on: the whole body, however slowly it trickles. */
  readonly bodyTimeoutMs?: number;
  readonly signal?: AbortSignal;
  /** Name resolution, `dns.lookup` by default; tests point names at chosen addresses with it. */
  readonly resolve?: (hostname: string) => Promise<readonly ResolvedAddress[]>;
  /** Which addresses a hop may connect to; by default public ones (all with `allowPrivate`). Tests narrow it to one hop. */
  readonly addressAllowed?: (address: string, url: URL) => boolean;
}

export interface Fetched {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** Read only for a 2xx answer; empty otherwise (a 304, a 404: the caller says what it means). */
  readonly body: Buffer;
  /** Where the answer came from, after redirects, without credentials. */
  readonly url: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * GET for what users name (a feed URL in the API, the feed poller, `enqueue`): http(s) only; every hop's address,
 * after every redirect, must be public unless private fetching is allowed; the address checked is the address
 * connected to (the name is resolved once and pinned, so a DNS answer that changes between the check and the
 * connection, "DNS rebinding", changes nothing); bodies are counted while they stream, before and after
 * decompression; each phase has its own deadline. Errors are in the project's words and never quote what the
 * server sent, not even its status text.
 */
export async function safeFetch(input: string, options: SafeFetchOptions): Promise<Fetched> {
  let url = parseUrl(input);
  const maxRedirects = options.maxRedirects ?? 5;
  for (let hop = 0; ; hop++) {
    const address = await resolvePinned(url, options);
    const res = await send(url, address, options);
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (REDIRECTS.has(status) && location) {
      res.destroy();
      if (hop >= maxRedirects)
        throw new EntenteError('BAD_INPUT', `${shown(url)} redirected more than ${maxRedirects} times: expected a feed or a page at the end`);
      url = parseUrl(new URL(location, url).href, url);
      continue;
    }
    const headers = Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
    if (status < 200 || status > 299) {
      res.destroy();
      return { status, headers, body: Buffer.alloc(0), url: shown(url) };
    }
    return { status, headers, body: await readBody(res, url, options), url: shown(url) };
  }
}

/** The URL as shown in messages and stored as an origin: no user name or password. */
export function shown(url: URL | string): string {
  const u = new URL(url);
  u.username = '';
  u.password = '';
  return u.href;
}

function parseUrl(input: string, redirectedFrom?: URL): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new EntenteError('BAD_INPUT', `Not a URL: ${JSON.stringify(input.length > 200 ? `${input.slice(0, 197)}...` : input)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    if (redirectedFrom) throw new EntenteError('BAD_INPUT', `${shown(redirectedFrom)} redirected to a ${url.protocol} URL: expected http or https`);
    throw new EntenteError('BAD_INPUT', `A feed URL must be http or https, found ${url.protocol}`);
  }
  return url;
}

/** One address for the URL's host, refused unless public (or private fetching is allowed); the connection uses it. */
async function resolvePinned(url: URL, options: SafeFetchOptions): Promise<ResolvedAddress> {
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const family = isIP(host);
  let addresses: readonly ResolvedAddress[];
  if (family) {
    addresses = [{ address: host, family: family as 4 | 6 }];
  } else {
    const resolve = options.resolve ?? ((name: string) => lookup(name, { all: true, verbatim: true }) as Promise<ResolvedAddress[]>);
    try {
      addresses = await withDeadline(
        resolve(host),
        options.headersTimeoutMs ?? 10_000,
        () => new EntenteError('TIMEOUT', `No address for ${host} within ${seconds(options.headersTimeoutMs ?? 10_000)}`),
      );
    } catch (e) {
      if (e instanceof EntenteError) throw e;
      throw new EntenteError('BAD_INPUT', `No address found for ${host}: expected a host name that resolves`);
    }
    if (addresses.length === 0) throw new EntenteError('BAD_INPUT', `No address found for ${host}: expected a host name that resolves`);
  }
  const allowed = options.addressAllowed ?? ((address: string) => options.allowPrivate === true || isPublicAddress(address));
  // Every answer must be allowed: a name that also resolves to 127.0.0.1 is refused, not tried elsewhere.
  const refused = addresses.find((a) => !allowed(a.address, url));
  if (refused) {
    const how = family ? `is a ${addressRange(refused.address)} address` : `resolves to a ${addressRange(refused.address)} address`;
    throw new EntenteError(
      'FORBIDDEN_ADDRESS',
      `${shown(url)}: ${host} ${how}: the server fetches only public addresses (ENTENTE_ALLOW_PRIVATE_FETCH=1 allows others)`,
    );
  }
  return addresses[0]!;
}

function send(url: URL, address: ResolvedAddress, options: SafeFetchOptions): Promise<IncomingMessage> {
  const pinned: LookupFunction = (_host, opts, callback) => {
    if ((opts as { all?: boolean }).all) (callback as (e: null, a: ResolvedAddress[]) => void)(null, [address]);
    else callback(null, address.address, address.family);
  };
  const timeoutMs = options.headersTimeoutMs ?? 10_000;
  return new Promise((resolve, reject) => {
    const get = url.protocol === 'https:' ? https.get : http.get;
    // No shared agent: a kept-alive connection from an earlier hop would skip the address check.
    const req = get(url, { agent: false, lookup: pinned, headers: { 'accept-encoding': 'gzip, deflate, br', ...options.headers } });
    const fail = (e: EntenteError) => {
      req.destroy();
      reject(e);
    };
    const timer = setTimeout(() => fail(new EntenteError('TIMEOUT', `${shown(url)} did not answer within ${seconds(timeoutMs)}`)), timeoutMs);
    const onAbort = () => fail(new EntenteError('TIMEOUT', `Fetching ${shown(url)} was stopped`));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    req.once('response', (res) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      resolve(res);
    });
    req.once('error', (e) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      reject(connectionError(url, e));
    });
  });
}

/** The body, decompressed as the headers say, counted as it streams; refused past the limit or the deadline. */
function readBody(res: IncomingMessage, url: URL, options: SafeFetchOptions): Promise<Buffer> {
  const max = options.maxBytes;
  const declared = Number(res.headers['content-length'] ?? NaN);
  if (declared > max) {
    res.destroy();
    return Promise.reject(new EntenteError('TOO_LARGE', `${shown(url)} is ${declared} bytes, more than the ${max} the server reads`));
  }
  const encodings = (res.headers['content-encoding'] ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== '' && e !== 'identity');
  let stream: Readable = res;
  const streams: Readable[] = [res];
  for (const encoding of encodings.reverse()) {
    const decoder =
      encoding === 'gzip' || encoding === 'x-gzip'
        ? zlib.createGunzip()
        : encoding === 'deflate'
          ? zlib.createInflate()
          : encoding === 'br'
            ? zlib.createBrotliDecompress()
            : null;
    if (!decoder) {
      res.destroy();
      return Promise.reject(
        new EntenteError('BAD_INPUT', `${shown(url)} is encoded as ${JSON.stringify(encoding.slice(0, 20))}: expected gzip, deflate, br or none`),
      );
    }
    stream = stream.pipe(decoder);
    streams.push(decoder);
  }
  const timeoutMs = options.bodyTimeoutMs ?? 20_000;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let raw = 0;
    let size = 0;
    let done = false;
    const finish = (e: EntenteError | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (e) {
        for (const s of streams) s.destroy();
        reject(e);
      } else {
        resolve(Buffer.concat(chunks));
      }
    };
    const timer = setTimeout(
      () =>
        finish(
          new EntenteError('TIMEOUT', `${shown(url)} was still sending its body after ${seconds(timeoutMs)}: stopped (the server reads for at most that long)`),
        ),
      timeoutMs,
    );
    const onAbort = () => finish(new EntenteError('TIMEOUT', `Fetching ${shown(url)} was stopped`));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    res.on('data', (chunk: Buffer) => {
      raw += chunk.length;
      if (raw > max) finish(new EntenteError('TOO_LARGE', `${shown(url)} sent more than the ${max} bytes the server reads`));
    });
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max)
        return finish(
          new EntenteError('TOO_LARGE', `${shown(url)} is more than ${max} bytes once decompressed (${encodings.join(', ')}): more than the server reads`),
        );
      chunks.push(chunk);
    });
    stream.once('end', () => finish(null));
    for (const s of streams) {
      s.once('error', (e: NodeJS.ErrnoException) =>
        finish(s === res ? connectionError(url, e) : new EntenteError('BAD_INPUT', `${shown(url)} sent a body that is not valid ${encodings.join(', ')}`)),
      );
    }
    res.once('aborted', () => finish(new EntenteError('BAD_INPUT', `${shown(url)} closed the connection before the end of its body`)));
  });
}

/** Node's connection errors in the project's words: the code says what happened; the message is never passed on. */
function connectionError(url: URL, e: Error & { code?: string }): EntenteError {
  if (e instanceof EntenteError) return e;
  const host = url.hostname;
  const why: Record<string, string> = {
    ECONNREFUSED: 'the connection was refused',
    ECONNRESET: 'the connection was reset',
    EHOSTUNREACH: 'the host is unreachable',
    ENETUNREACH: 'the network is unreachable',
    ETIMEDOUT: 'the connection timed out',
    EPIPE: 'the connection was closed',
    CERT_HAS_EXPIRED: 'its TLS certificate has expired',
    ERR_TLS_CERT_ALTNAME_INVALID: `its TLS certificate is not for ${host}`,
    DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
    SELF_SIGNED_CERT_IN_CHAIN: 'its TLS certificate chain is self-signed',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate cannot be verified',
    HPE_INVALID_CONSTANT: 'it did not answer in HTTP',
  };
  const reason = (e.code && why[e.code]) ?? `the connection failed${e.code && /^[A-Z_]+$/.test(e.code) ? ` (${e.code})` : ''}`;
  if (e.code === 'ETIMEDOUT') return new EntenteError('TIMEOUT', `Cannot fetch ${shown(url)}: ${reason}`);
  return new EntenteError('BAD_INPUT', `Cannot fetch ${shown(url)}: ${reason}`);
}

function withDeadline<T>(promise: Promise<T>, ms: number, error: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(error()), ms)));
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
