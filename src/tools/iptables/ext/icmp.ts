// icmp match (extensions/libipt_icmp.c, libxt_icmp.h): --icmp-type by name,
// number or type/code; printed by name unless -n.

import { IPT_ICMP_INV, type IptIcmp } from "../../../uapi/xt_ext.js";
import { paramError } from "../errors.js";
import { strtoulPrefix } from "../netdb.js";
import type { XtExtension } from "./types.js";

/** icmp_codes[]: name, type, code range. */
export const ICMP_CODES: readonly [string, number, number, number][] = [
  ["any", 0xff, 0, 0xff], ["echo-reply", 0, 0, 0xff], ["pong", 0, 0, 0xff],
  ["destination-unreachable", 3, 0, 0xff], ["network-unreachable", 3, 0, 0], ["host-unreachable", 3, 1, 1],
  ["protocol-unreachable", 3, 2, 2], ["port-unreachable", 3, 3, 3], ["fragmentation-needed", 3, 4, 4],
  ["source-route-failed", 3, 5, 5], ["network-unknown", 3, 6, 6], ["host-unknown", 3, 7, 7],
  ["network-prohibited", 3, 9, 9], ["host-prohibited", 3, 10, 10], ["TOS-network-unreachable", 3, 11, 11],
  ["TOS-host-unreachable", 3, 12, 12], ["communication-prohibited", 3, 13, 13],
  ["host-precedence-violation", 3, 14, 14], ["precedence-cutoff", 3, 15, 15],
  ["source-quench", 4, 0, 0xff], ["redirect", 5, 0, 0xff], ["network-redirect", 5, 0, 0], ["host-redirect", 5, 1, 1],
  ["TOS-network-redirect", 5, 2, 2], ["TOS-host-redirect", 5, 3, 3], ["echo-request", 8, 0, 0xff], ["ping", 8, 0, 0xff],
  ["router-advertisement", 9, 0, 0xff], ["router-solicitation", 10, 0, 0xff], ["time-exceeded", 11, 0, 0xff],
  ["ttl-exceeded", 11, 0, 0xff], ["ttl-zero-during-transit", 11, 0, 0], ["ttl-zero-during-reassembly", 11, 1, 1],
  ["parameter-problem", 12, 0, 0xff], ["ip-header-bad", 12, 0, 0], ["required-option-missing", 12, 1, 1],
  ["timestamp-request", 13, 0, 0xff], ["timestamp-reply", 14, 0, 0xff], ["address-mask-request", 17, 0, 0xff],
  ["address-mask-reply", 18, 0, 0xff],
];

/** parse_range(): N or N:M, each 0-255 (base 0); the rest of the string, or undefined. */
function parseRange(str: string): { lo: number; hi: number; rest: string } | undefined {
  const a = strtoulPrefix(str);
  if (!a || a.value > 255) return undefined;
  if (a.rest[0] !== ":") return { lo: a.value, hi: a.value, rest: a.rest };
  const b = strtoulPrefix(a.rest.slice(1));
  if (!b || b.value > 255) return undefined;
  return { lo: a.value, hi: b.value, rest: b.rest };
}

/** ipt_parse_icmp(): a name prefix (ambiguity is an error), or TYPE[/CODE]. */
function parseIcmp(arg: string): { type: number; code: [number, number] } {
  let match: (typeof ICMP_CODES)[number] | undefined;
  for (const c of ICMP_CODES) {
    if (!c[0].toLowerCase().startsWith(arg.toLowerCase())) continue;
    if (match) paramError(`Ambiguous ICMP type \`${arg}': \`${match[0]}' or \`${c[0]}'?`);
    match = c;
  }
  if (match) return { type: match[1], code: [match[2], match[3]] };
  const t = parseRange(arg);
  if (!t) paramError(`Unknown ICMP type \`${arg}'`);
  let code: [number, number] = [0, 255];
  if (t.rest[0] === "/") {
    const c = parseRange(t.rest.slice(1));
    if (!c) paramError(`Unknown ICMP code \`${arg}'`);
    code = [c.lo, c.hi];
    if (c.rest !== "") paramError(`unknown character ${c.rest[0]}`);
  } else if (t.rest !== "") paramError(`unknown character ${t.rest[0]}`);
  if (t.lo !== t.hi) paramError("ICMP type range not supported");
  return { type: t.lo, code };
}

export const ICMP: XtExtension<IptIcmp> = {
  kind: "match",
  help: () => ICMP_HELP,
  name: "icmp",
  family: 4,
  revision: 0,
  x6: true,
  options: [{ name: "icmp-type", hasArg: true, id: 0, mand: true, invert: true }],
  init: () => ({ type: 0xff, code: [0, 0xff], invflags: 0 }),
  parse(c) {
    const r = parseIcmp(c.arg);
    c.data.type = r.type;
    c.data.code = r.code;
    if (c.invert) c.data.invflags |= IPT_ICMP_INV;
  },
  print(i, _ip, numeric) {
    const inv = !!(i.invflags & IPT_ICMP_INV);
    if (!numeric) {
      const hit = ICMP_CODES.find(([, t, lo, hi]) => t === i.type && lo === i.code[0] && hi === i.code[1]);
      if (hit) return ` icmp ${inv ? "!" : ""}${hit[0]}`;
    }
    let s = " icmp";
    if (inv) s += " !";
    s += `type ${i.type}`;
    if (i.code[0] === i.code[1]) s += ` code ${i.code[0]}`;
    else if (i.code[0] !== 0 || i.code[1] !== 0xff) s += ` codes ${i.code[0]}-${i.code[1]}`;
    return s;
  },
  save(i) {
    let s = i.invflags & IPT_ICMP_INV ? " !" : "";
    if (i.type === 0xff) return `${s} --icmp-type any`;
    s += ` --icmp-type ${i.type}`;
    if (i.code[0] !== 0 || i.code[1] !== 0xff) s += `/${i.code[0]}`;
    return s;
  },
};

/** `-p icmp --help` (libipt_icmp.c icmp_help), as printed by iptables 1.8.9. */
const ICMP_HELP =
  "icmp match options:\n" +
  "[!] --icmp-type typename\tmatch icmp type\n" +
  "[!] --icmp-type type[/code]\t(or numeric type or type/code)\n" +
  "Valid ICMP Types:\n" +
  "any\n" +
  "echo-reply (pong)\n" +
  "destination-unreachable\n" +
  "   network-unreachable\n" +
  "   host-unreachable\n" +
  "   protocol-unreachable\n" +
  "   port-unreachable\n" +
  "   fragmentation-needed\n" +
  "   source-route-failed\n" +
  "   network-unknown\n" +
  "   host-unknown\n" +
  "   network-prohibited\n" +
  "   host-prohibited\n" +
  "   TOS-network-unreachable\n" +
  "   TOS-host-unreachable\n" +
  "   communication-prohibited\n" +
  "   host-precedence-violation\n" +
  "   precedence-cutoff\n" +
  "source-quench\n" +
  "redirect\n" +
  "   network-redirect\n" +
  "   host-redirect\n" +
  "   TOS-network-redirect\n" +
  "   TOS-host-redirect\n" +
  "echo-request (ping)\n" +
  "router-advertisement\n" +
  "router-solicitation\n" +
  "time-exceeded (ttl-exceeded)\n" +
  "   ttl-zero-during-transit\n" +
  "   ttl-zero-during-reassembly\n" +
  "parameter-problem\n" +
  "   ip-header-bad\n" +
  "   required-option-missing\n" +
  "timestamp-request\n" +
  "timestamp-reply\n" +
  "address-mask-request\n" +
  "address-mask-reply\n";
