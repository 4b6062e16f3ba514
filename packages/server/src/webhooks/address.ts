import { lookup } from "node:dns/promises";
import { lookup as lookupCallback, type LookupAddress } from "node:dns";
import { BlockList, isIP, type LookupFunction } from "node:net";

/** Loopback, private, link-local, shared, reserved and multicast ranges: never a webhook receiver. */
const nonPublic = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.0.2.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["198.51.100.0", 24],
  ["203.0.113.0", 24], ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) nonPublic.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8], ["2001:db8::", 32], ["64:ff9b::", 96]] as const) {
  nonPublic.addSubnet(network, prefix, "ipv6");
}

export function isPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isPublicAddress(mapped);
  const family = isIP(address);
  return family !== 0 && !nonPublic.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** Receivers on loopback or private networks are for development and tests only. */
export const allowPrivateReceivers = () => process.env.DATAMAP_WEBHOOKS_ALLOW_PRIVATE === "true";

export class WebhookUrlError extends Error {
  override name = "WebhookUrlError";
}

/**
 * Checks a receiver URL before it is stored: https (plain http only where private receivers
 * are allowed), no credentials, and a host whose every address is public.
 */
export async function checkReceiverUrl(text: string, allowPrivate = allowPrivateReceivers()): Promise<URL> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new WebhookUrlError(`"${text}" is not a URL.`);
  }
  if (url.protocol !== "https:" && !(allowPrivate && url.protocol === "http:")) throw new WebhookUrlError(`A webhook URL must start with https:// (got "${url.protocol}").`);
  if (url.username || url.password) throw new WebhookUrlError("A webhook URL must not contain a user name or password.");
  if (allowPrivate) return url;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host) ? [host] : await lookup(host, { all: true, verbatim: true }).then(
    (found) => found.map((entry) => entry.address),
    () => { throw new WebhookUrlError(`The host "${host}" of the webhook URL does not resolve.`); },
  );
  const refused = addresses.find((address) => !isPublicAddress(address));
  if (refused) {
    throw new WebhookUrlError(`${url.host} points to a loopback, private or link-local address (${refused}); webhooks go to public hosts only. For development, set DATAMAP_WEBHOOKS_ALLOW_PRIVATE=true.`);
  }
  return url;
}

/**
 * A DNS lookup for outgoing requests that refuses non-public addresses, so that a host which
 * resolved to a public address at registration cannot be re-pointed inside (DNS rebinding).
 */
export function guardedLookup(allowPrivate = allowPrivateReceivers()): LookupFunction {
  return (hostname, options, callback) => {
    lookupCallback(hostname, { ...options, all: true }, (error, found: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      const refused = allowPrivate ? undefined : found.find((entry) => !isPublicAddress(entry.address));
      if (refused) return callback(new WebhookUrlError(`${hostname} resolves to a non-public address (${refused.address}).`), "", 0);
      if (options.all) return callback(null, found);
      const [first] = found;
      return first ? callback(null, first.address, first.family) : callback(new WebhookUrlError(`${hostname} has no address.`), "", 0);
    });
  };
}
