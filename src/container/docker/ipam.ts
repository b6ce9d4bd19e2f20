// libnetwork's default IPAM driver, reduced to IPv4: the default address
// pools (172.17.0.0/16 … 172.31.0.0/16 as /16s, then 192.168.0.0/16 cut into
// /20s — daemon/config's default-address-pools), a subnet per network taken
// from the first pool that overlaps nothing already allocated, the gateway
// (first host address unless --gateway) and per-network address allocation:
// the lowest free address of the subnet (or of --ip-range), skipping the
// network, broadcast and gateway addresses.

export interface Prefix {
  addr: number;
  len: number;
}

export function parseIp(s: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return undefined;
  const p = m.slice(1).map(Number);
  if (p.some((x) => x > 255)) return undefined;
  return ((p[0]! << 24) | (p[1]! << 16) | (p[2]! << 8) | p[3]!) >>> 0;
}

export function fmtIp(a: number): string {
  return `${a >>> 24}.${(a >>> 16) & 255}.${(a >>> 8) & 255}.${a & 255}`;
}

export function mask(len: number): number {
  return len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
}

export function parsePrefix(s: string): Prefix | undefined {
  const m = /^([0-9.]+)\/(\d{1,2})$/.exec(s);
  if (!m) return undefined;
  const a = parseIp(m[1]!);
  const len = Number(m[2]);
  if (a === undefined || len > 32) return undefined;
  return { addr: a, len };
}

export function fmtPrefix(p: Prefix): string {
  return `${fmtIp(p.addr)}/${p.len}`;
}

export function canonical(p: Prefix): Prefix {
  return { addr: (p.addr & mask(p.len)) >>> 0, len: p.len };
}

export function contains(p: Prefix, a: number): boolean {
  return ((a & mask(p.len)) >>> 0) === ((p.addr & mask(p.len)) >>> 0);
}

export function overlaps(a: Prefix, b: Prefix): boolean {
  const len = Math.min(a.len, b.len);
  return ((a.addr & mask(len)) >>> 0) === ((b.addr & mask(len)) >>> 0);
}

/** The default pools in order: each base and the size of the subnets cut from it. */
export const DEFAULT_POOLS: ReadonlyArray<{ base: string; size: number }> = [
  ...Array.from({ length: 15 }, (_, i) => ({ base: `172.${17 + i}.0.0/16`, size: 16 })),
  { base: "192.168.0.0/16", size: 20 },
];

/** Every candidate subnet of the default pools, in the order they are handed out. */
export function* defaultSubnets(): Generator<Prefix> {
  for (const pool of DEFAULT_POOLS) {
    const base = parsePrefix(pool.base)!;
    const count = 2 ** (pool.size - base.len);
    for (let i = 0; i < count; i++) yield { addr: (base.addr + i * 2 ** (32 - pool.size)) >>> 0, len: pool.size };
  }
}

/** The first default subnet overlapping none of `inUse`. */
export function allocateSubnet(inUse: Prefix[]): Prefix | undefined {
  for (const s of defaultSubnets()) if (!inUse.some((u) => overlaps(u, s))) return s;
  return undefined;
}

/** Addresses of one network's pool. */
export class AddressSpace {
  private readonly used = new Set<number>();

  constructor(
    readonly subnet: Prefix,
    readonly gateway: number,
    readonly range: Prefix | undefined,
  ) {
    this.used.add(gateway);
  }

  /** The lowest free host address (of the range if any); undefined when full. */
  allocate(): number | undefined {
    const within = this.range ?? this.subnet;
    const first = (within.addr & mask(within.len)) >>> 0;
    const size = 2 ** (32 - within.len);
    const net = (this.subnet.addr & mask(this.subnet.len)) >>> 0;
    const bcast = (net + 2 ** (32 - this.subnet.len) - 1) >>> 0;
    for (let i = 0; i < size; i++) {
      const a = (first + i) >>> 0;
      if (a === net || a === bcast || this.used.has(a)) continue;
      this.used.add(a);
      return a;
    }
    return undefined;
  }

  /** Takes a specific address (--ip); false when it is in use. */
  claim(a: number): boolean {
    if (this.used.has(a)) return false;
    this.used.add(a);
    return true;
  }

  release(a: number): void {
    if (a !== this.gateway) this.used.delete(a);
  }
}
