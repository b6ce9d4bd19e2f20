// The pcap-filter lexer (libpcap's scanner.l, as far as the expressions we
// accept): keywords, numbers (decimal, 0x hex, leading-0 octal), IPv4
// dotted addresses (HID), IPv6 addresses (HID6), MAC addresses (EID), names
// (ID; a backslash escapes a keyword), and operators. Named constants such as
// tcpflags or icmp-echo are numbers, as the scanner returns them.

import { parseIp6 } from "../../../wire/addr.js";
import { FilterError } from "./errors.js";

export type Tok =
  | { t: "kw"; v: string }
  | { t: "num"; v: number }
  | { t: "hid"; v: string }
  | { t: "hid6"; v: string }
  | { t: "eid"; v: string }
  | { t: "id"; v: string }
  | { t: "op"; v: string }
  | { t: "eof" };

const KEYWORDS: Record<string, string> = {
  dst: "dst",
  src: "src",
  host: "host",
  gateway: "gateway",
  net: "net",
  mask: "mask",
  port: "port",
  portrange: "portrange",
  proto: "proto",
  protochain: "protochain",
  ip: "ip",
  arp: "arp",
  rarp: "rarp",
  ip6: "ip6",
  tcp: "tcp",
  udp: "udp",
  icmp: "icmp",
  icmp6: "icmp6",
  igmp: "igmp",
  igrp: "igrp",
  pim: "pim",
  vrrp: "vrrp",
  carp: "carp",
  sctp: "sctp",
  ah: "ah",
  esp: "esp",
  ether: "link",
  fddi: "link",
  tr: "link",
  wlan: "link",
  ppp: "link",
  slip: "link",
  link: "link",
  broadcast: "broadcast",
  multicast: "multicast",
  and: "and",
  or: "or",
  not: "not",
  len: "len",
  length: "len",
  inbound: "inbound",
  outbound: "outbound",
  ifindex: "ifindex",
  vlan: "vlan",
  mpls: "mpls",
  less: "less",
  greater: "greater",
  atalk: "atalk",
  aarp: "aarp",
  decnet: "decnet",
  lat: "lat",
  sca: "sca",
  moprc: "moprc",
  mopdl: "mopdl",
  iso: "iso",
  stp: "stp",
  ipx: "ipx",
  netbeui: "netbeui",
};

const NAMED_NUMBERS: Record<string, number> = {
  icmptype: 0,
  icmpcode: 1,
  "icmp-echoreply": 0,
  "icmp-unreach": 3,
  "icmp-sourcequench": 4,
  "icmp-redirect": 5,
  "icmp-echo": 8,
  "icmp-routeradvert": 9,
  "icmp-routersolicit": 10,
  "icmp-timxceed": 11,
  "icmp-paramprob": 12,
  "icmp-tstamp": 13,
  "icmp-tstampreply": 14,
  "icmp-ireq": 15,
  "icmp-ireqreply": 16,
  "icmp-maskreq": 17,
  "icmp-maskreply": 18,
  icmp6type: 0,
  icmp6code: 1,
  "icmp6-destinationunreach": 1,
  "icmp6-packettoobig": 2,
  "icmp6-timeexceeded": 3,
  "icmp6-parameterproblem": 4,
  "icmp6-echo": 128,
  "icmp6-echoreply": 129,
  "icmp6-multicastlistenerquery": 130,
  "icmp6-multicastlistenerreportv1": 131,
  "icmp6-multicastlistenerdone": 132,
  "icmp6-routersolicit": 133,
  "icmp6-routeradvert": 134,
  "icmp6-neighborsolicit": 135,
  "icmp6-neighboradvert": 136,
  "icmp6-redirect": 137,
  "icmp6-multicastlistenerreportv2": 143,
  tcpflags: 13,
  "tcp-fin": 0x01,
  "tcp-syn": 0x02,
  "tcp-rst": 0x04,
  "tcp-push": 0x08,
  "tcp-ack": 0x10,
  "tcp-urg": 0x20,
  "tcp-ece": 0x40,
  "tcp-cwr": 0x80,
};

const TWO_CHAR = ["&&", "||", "<<", ">>", "<=", ">=", "==", "!="];

/** stoulen: a decimal, 0x-hex or 0-octal number, with libpcap's errors. */
function toNumber(s: string): number {
  let v: number;
  if (/^0[xX]/.test(s)) {
    if (!/^0[xX][0-9a-fA-F]+$/.test(s)) throw new FilterError(`number ${s} contains non-hexadecimal digit`);
    v = parseInt(s.slice(2), 16);
  } else if (s.length > 1 && s[0] === "0") {
    if (!/^[0-7]+$/.test(s)) throw new FilterError(`number ${s} contains non-octal digit`);
    v = parseInt(s, 8);
  } else v = Number(s);
  if (v > 0xffffffff) throw new FilterError(`number ${s} overflows 32 bits`);
  return v;
}

export function scan(input: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const two = input.slice(i, i + 2);
    if (TWO_CHAR.includes(two)) {
      out.push(two === "&&" ? { t: "kw", v: "and" } : two === "||" ? { t: "kw", v: "or" } : { t: "op", v: two });
      i += 2;
      continue;
    }
    if ("()[]!&|^+-*/%<>=:".includes(c)) {
      // A ':' that begins an IPv6 address ("::1") is part of the address.
      if (!(c === ":" && input[i + 1] === ":")) {
        out.push(c === "!" ? { t: "op", v: "!" } : { t: "op", v: c });
        i++;
        continue;
      }
    }
    if (c === "\\") {
      const m = /^\\([A-Za-z0-9_.-]+)/.exec(input.slice(i));
      if (!m) throw new FilterError("syntax error", true);
      out.push({ t: "id", v: m[1]! });
      i += m[0].length;
      continue;
    }
    // A word: names, numbers, addresses.
    const m = /^[A-Za-z0-9_.:-]+/.exec(input.slice(i));
    if (!m) throw new FilterError("syntax error", true);
    let w = m[0];
    // ID may not end in '-' or '_' (scanner.l's ID pattern); give those back as operators.
    if (!w.includes(":")) {
      const idm = /^[A-Za-z0-9]([-_.A-Za-z0-9]*[.A-Za-z0-9])?/.exec(w);
      if (!idm) {
        if (w[0] === "-" || w[0] === "_") {
          out.push({ t: "op", v: "-" });
          i++;
          continue;
        }
        throw new FilterError("syntax error", true);
      }
      w = idm[0];
    }
    // A run with ':' that is neither a MAC nor an IPv6 address is a number or name
    // followed by the ':' of a data size ("ip[6:2]").
    if (w.includes(":") && !isMacOrIp6(w)) w = w.slice(0, w.indexOf(":"));
    if (w === "") throw new FilterError("syntax error", true);
    i += w.length;
    out.push(classify(w));
  }
  out.push({ t: "eof" });
  return out;
}

function isMacOrIp6(w: string): boolean {
  return /^[0-9a-fA-F]{1,2}(:[0-9a-fA-F]{1,2}){5}$/.test(w) || parseIp6(w) !== undefined;
}

function classify(w: string): Tok {
  if (w.includes(":")) {
    if (/^[0-9a-fA-F]{1,2}(:[0-9a-fA-F]{1,2}){5}$/.test(w)) return { t: "eid", v: w };
    if (parseIp6(w) !== undefined) return { t: "hid6", v: w };
    throw new FilterError("syntax error", true);
  }
  if (/^[0-9a-fA-F]{1,2}(\.[0-9a-fA-F]{1,2}){5}$/.test(w) && !/^[0-9]+(\.[0-9]+){1,3}$/.test(w)) return { t: "eid", v: w.replace(/\./g, ":") };
  if (/^[0-9]+(\.[0-9]+){1,3}$/.test(w)) return { t: "hid", v: w };
  if (/^(0[xX][0-9a-zA-Z]*|[0-9][0-9a-zA-Z]*)$/.test(w) && /^[0-9]/.test(w)) {
    if (/^[0-9]+$|^0[xX]/.test(w)) return { t: "num", v: toNumber(w) };
  }
  const lower = w;
  if (lower in NAMED_NUMBERS) return { t: "num", v: NAMED_NUMBERS[lower]! };
  if (lower in KEYWORDS) return { t: "kw", v: KEYWORDS[lower]! };
  return { t: "id", v: w };
}
