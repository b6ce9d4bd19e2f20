// Address and port names, as tcpdump's addrtoname.c finds them. Without -n:
// IPv4/IPv6 addresses through gethostbyaddr (the emulated host's /etc/hosts;
// the emulated hosts have no DNS server, so that is all glibc would find),
// ports through /etc/services (first entry for a port wins, as tcpdump's
// getservent loop keeps the first), MACs through /etc/ethers then the OUI
// vendor table, IP protocol names through /etc/protocols. With -n nothing is
// looked up (tcpdump returns from init_addrtoname before loading anything).

import { formatIp6, formatIpv4, formatMac, parseIp6, parseIpv4Aton, parseMac, type Ip6Addr, type MacAddr } from "../../wire/addr.js";
import { tok2str } from "./util-print.js";
import { OUI_VALUES } from "./oui.js";
import { PROTOCOLS_FALLBACK } from "./protocols.js";
import { NETDB_PROTOCOL_NAMES } from "./ipproto-names.js";

export interface NameSources {
  /** /etc/hosts text, if readable. */
  hosts?: string;
  /** /etc/services text. */
  services?: string;
  /** /etc/ethers text. */
  ethers?: string;
  /** /etc/protocols text (Debian's netbase names are used when absent). */
  protocols?: string;
}

function lines(text: string | undefined): string[][] {
  if (!text) return [];
  const out: string[][] = [];
  for (const raw of text.split("\n")) {
    const l = raw.replace(/#.*/, "").trim();
    if (l) out.push(l.split(/\s+/));
  }
  return out;
}

export class Names {
  private host4 = new Map<number, string>();
  private host6 = new Map<bigint, string>();
  private tcp = new Map<number, string>();
  private udp = new Map<number, string>();
  private ether = new Map<number, string>();
  private proto = new Map<number, string>();
  private protoAlias = new Map<string, number>();
  private hostByName4 = new Map<string, number>();
  private hostByName6 = new Map<string, bigint>();
  readonly servByName = new Map<string, { tcp?: number; udp?: number }>();

  constructor(
    readonly nflag: number,
    src: NameSources,
  ) {
    for (const f of lines(src.hosts)) {
      const [addr, ...names] = f;
      if (!addr || !names.length) continue;
      const v4 = parseIpv4Aton(addr);
      if (v4 !== undefined && /^[0-9.]+$/.test(addr)) {
        if (!this.host4.has(v4)) this.host4.set(v4, names[0]!);
        for (const n of names) if (!this.hostByName4.has(n)) this.hostByName4.set(n, v4);
        continue;
      }
      const v6 = parseIp6(addr);
      if (v6 !== undefined) {
        if (!this.host6.has(v6)) this.host6.set(v6, names[0]!);
        for (const n of names) if (!this.hostByName6.has(n)) this.hostByName6.set(n, v6);
      }
    }
    for (const f of lines(src.services)) {
      const [name, pp, ...aliases] = f;
      const m = /^(\d+)\/(\w+)$/.exec(pp ?? "");
      if (!name || !m) continue;
      const port = Number(m[1]);
      const table = m[2] === "tcp" ? this.tcp : m[2] === "udp" ? this.udp : undefined;
      if (table && !table.has(port)) table.set(port, name);
      for (const n of [name, ...aliases]) {
        const e = this.servByName.get(n) ?? {};
        if (m[2] === "tcp" && e.tcp === undefined) e.tcp = port;
        if (m[2] === "udp" && e.udp === undefined) e.udp = port;
        this.servByName.set(n, e);
      }
    }
    for (const f of lines(src.ethers)) {
      const mac = f[0] ? parseMac(f[0]) : undefined;
      if (mac !== undefined && f[1] && !this.ether.has(mac)) this.ether.set(mac, f[1]);
    }
    if (!this.ether.has(0xffffffffffff)) this.ether.set(0xffffffffffff, "Broadcast");
    const protoLines = src.protocols !== undefined ? lines(src.protocols) : PROTOCOLS_FALLBACK.map((p) => [p[1], String(p[0])]);
    for (const f of protoLines) {
      const n = Number(f[1]);
      if (!f[0] || !Number.isInteger(n)) continue;
      if (!this.proto.has(n)) this.proto.set(n, f[0]);
      else if (!this.protoAlias.has(f[0])) this.protoAlias.set(f[0], n);
      for (const alias of f.slice(2)) if (!this.protoAlias.has(alias)) this.protoAlias.set(alias, n);
    }
  }

  ipaddr(a: number): string {
    if (!this.nflag) {
      const n = this.host4.get(a >>> 0) ?? this.dns4.get(a >>> 0);
      if (n) return n;
    }
    return formatIpv4(a);
  }

  ip6addr(a: Ip6Addr): string {
    if (!this.nflag) {
      const n = this.host6.get(a) ?? this.dns6.get(a);
      if (n) return n;
    }
    return formatIp6(a);
  }

  /** Names gethostbyaddr gave past /etc/hosts (its DNS answers, or the numeric form): hnametable. */
  private dns4 = new Map<number, string>();
  private dns6 = new Map<bigint, string>();

  /** Whether printing `a` would ask gethostbyaddr: names wanted and the address not yet seen. */
  wantsLookup(a: number | Ip6Addr): boolean {
    if (this.nflag) return false;
    return typeof a === "number" ? !this.host4.has(a >>> 0) && !this.dns4.has(a >>> 0) : !this.host6.has(a) && !this.dns6.has(a);
  }

  /** Keeps gethostbyaddr's answer for `a` (its text form when nothing answered), as hnametable does. */
  learn(a: number | Ip6Addr, name: string | undefined): void {
    if (typeof a === "number") this.dns4.set(a >>> 0, name ?? formatIpv4(a));
    else this.dns6.set(a, name ?? formatIp6(a));
  }

  etheraddr(m: MacAddr): string {
    if (this.nflag) return formatMac(m);
    const n = this.ether.get(m);
    if (n) return n;
    return `${formatMac(m)} (oui ${tok2str(OUI_VALUES, "Unknown", Math.floor(m / 2 ** 24))})`;
  }

  tcpport(p: number): string {
    return (!this.nflag && this.tcp.get(p)) || String(p);
  }

  udpport(p: number): string {
    return (!this.nflag && this.udp.get(p)) || String(p);
  }

  /** netdb_protoname: tcpdump's own keyword table (fragments, unknown protocols). */
  protoname(n: number): string | undefined {
    return NETDB_PROTOCOL_NAMES[n];
  }

  /** getprotobyname over /etc/protocols (the filter language's `proto \\name`). */
  protoByName(name: string): number | undefined {
    for (const [n, v] of this.proto) if (v === name) return n;
    return this.protoAlias.get(name);
  }

  /** Host name to address for the filter language (pcap_nametoaddr over /etc/hosts). */
  lookupHost4(name: string): number | undefined {
    return this.hostByName4.get(name);
  }

  lookupHost6(name: string): bigint | undefined {
    return this.hostByName6.get(name);
  }
}
