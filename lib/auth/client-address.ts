// The address a request came from, as the login throttle counts it. Next.js puts the connection's address in
// X-Forwarded-For only when the request has none; a proxy in front (nginx: proxy_add_x_forwarded_for) appends
// the address it saw. So the entry `hops` places from the right is the one our own side wrote; anything left of
// it was sent by the client and is not trusted.

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(",") : value;
}

/** IPv6 hosts get a whole /64 each, so an address from it counts as its /64 network. */
function ipv6Network(address: string): string | null {
  const [head = "", tail] = address.split("::");
  if (address.split("::").length > 2) return null;
  const left = head ? head.split(":") : [];
  const right = tail === undefined ? [] : tail ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  const groups = [...left, ...Array<string>(missing).fill("0"), ...right];
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return null;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/** A normalised client address: IPv4 as is, IPv4-mapped IPv6 as IPv4, IPv6 as its /64; "unknown" otherwise. */
export function normaliseAddress(raw: string): string {
  const address = raw
    .trim()
    .toLowerCase()
    .replace(/^\[|\](:\d+)?$/g, "")
    .replace(/%.*$/, "");
  const v4 = /^(?:::ffff:)?(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (v4 && v4[1]!.split(".").every((part) => Number(part) <= 255)) return v4[1]!;
  if (address.includes(":")) return ipv6Network(address) ?? "unknown";
  return "unknown";
}

/**
 * The client's address from X-Forwarded-For, trusting the last `hops` entries (1: Next.js alone or one proxy
 * such as nginx; 2: a load balancer in front of nginx; see TRUST_PROXY_HOPS).
 */
export function clientAddress(headers: HeaderBag, hops = 1): string {
  const entries = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const entry = entries[Math.max(0, entries.length - hops)];
  return entry ? normaliseAddress(entry) : "unknown";
}
