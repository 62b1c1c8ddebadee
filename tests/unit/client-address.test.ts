// Which address the login throttle counts: the X-Forwarded-For entry our own side wrote, never the client's.
import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress } from "@/lib/auth/client-address";

describe("clientAddress", () => {
  it("takes the rightmost entry: the connection's address (Next.js) or the one nginx appended", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.9" })).toBe("203.0.113.9");
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" })).toBe("203.0.113.9");
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.1.1.1,  198.51.100.4 " }))).toBe("198.51.100.4");
  });

  it("with two proxies in front, skips the one the load balancer's peer added", () => {
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2" }, 2)).toBe("203.0.113.9");
    expect(clientAddress({ "x-forwarded-for": "203.0.113.9" }, 2)).toBe("203.0.113.9");
  });

  it("is 'unknown' without the header or with garbage", () => {
    expect(clientAddress({})).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": "not an address" })).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": "999.1.1.1" })).toBe("unknown");
  });
});

describe("normaliseAddress", () => {
  it("reads IPv4-mapped IPv6 as IPv4 and IPv6 as its /64 network", () => {
    expect(normaliseAddress("::ffff:192.0.2.7")).toBe("192.0.2.7");
    expect(normaliseAddress("2001:db8:85a3:0:1:8a2e:370:7334")).toBe("2001:db8:85a3:0::/64");
    expect(normaliseAddress("2001:DB8:85A3::1")).toBe("2001:db8:85a3:0::/64");
    expect(normaliseAddress("[2001:db8::1]:443")).toBe("2001:db8:0:0::/64");
    expect(normaliseAddress("::1")).toBe("0:0:0:0::/64");
    expect(normaliseAddress("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(normaliseAddress("1:2:3:4:5:6:7:8:9")).toBe("unknown");
    expect(normaliseAddress("1::2::3")).toBe("unknown");
  });
});
