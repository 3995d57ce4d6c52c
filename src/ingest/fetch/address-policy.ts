import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Whether an IP address is public: globally routed unicast, the only kind a server fetching what a user names may
 * connect to. Everything else is refused: loopback (127.0.0.0/8, ::1), "this host" (0.0.0.0, ::), private
 * (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16, where cloud metadata services answer;
 * fe80::/10), carrier-grade NAT, multicast, broadcast, documentation and reserved ranges, and the IPv6 forms that
 * carry an IPv4 address inside them (::ffff:127.0.0.1, NAT64 64:ff9b::, 6to4 2002::, Teredo), which are read as the
 * IPv4 address they carry or refused. Numeric spellings (2130706433, 0x7f.1, 127.1) never get here: the URL
 * parser writes them as dotted quads first.
 */
export function isPublicAddress(address: string): boolean {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  if (!isIP(bare)) return false;
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    // `process` turns ::ffff:a.b.c.d into the IPv4 address a.b.c.d, so it is judged as that.
    parsed = ipaddr.process(bare);
  } catch {
    return false;
  }
  return parsed.range() === 'unicast';
}

/** Why an address is refused, in a few words for an error message ("loopback", "private"). */
export function addressRange(address: string): string {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  try {
    return ipaddr.process(bare).range();
  } catch {
    return 'not an IP address';
  }
}
