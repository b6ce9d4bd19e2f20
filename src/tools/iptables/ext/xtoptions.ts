// libxtables' option-type parsers (libxtables/xtoptions.c) with their exact
// messages: integers and integer ranges, ports by number or service name,
// value/mask pairs, syslog levels, MAC addresses, host[/mask].

import type { Task } from "../../../kernel/task/task.js";
import { paramError } from "../errors.js";
import { cidrToMask, getservbyname, hostsByName, parseDotted, services, strtoul, strtoulPrefix } from "../netdb.js";

/** XTTYPE_UINT*: "%s: bad value for option \"--%s\", or out of range (%ju-%ju)." */
export function parseUint(ext: string, opt: string, arg: string, min: number, max: number): number {
  const v = strtoul(arg, min, max);
  if (v === undefined) paramError(`${ext}: bad value for option "--${opt}", or out of range (${min}-${max}).\n`);
  return v;
}

/** XTTYPE_*RC: N or N:M (missing parts keep the defaults). */
export function parseUintRange(ext: string, opt: string, arg: string, max: number): { vals: number[]; n: number } {
  const parts = arg.split(":");
  const vals: number[] = [];
  if (parts.length > 2) paramError(`${ext}: Too many components for option "--${opt}" (max: 2)\n`);
  for (const [i, p] of parts.entries()) {
    if (p === "") {
      vals.push(vals.length === 0 ? 0 : max);
      continue;
    }
    const r = strtoulPrefix(p);
    // The message quotes the text from the failing part to the end ("-1:0").
    if (!r || r.rest !== "" || r.value > max)
      paramError(`${ext}: bad value for option "--${opt}" near "${parts.slice(i).join(":")}", or out of range (0-${max}).\n`);
    vals.push(r.value);
  }
  return { vals, n: vals.length };
}

/** getaddrinfo(NULL, name) for a port: decimal numbers or any protocol's service name. */
export function getPortByName(task: Task, name: string): number | undefined {
  // A numeric service is taken modulo 2^16 (getaddrinfo stores it with htons()).
  if (/^\d+$/.test(name)) return Number(BigInt(name) & 0xffffn);
  const s = services(task).find((x) => (x.proto === "tcp" || x.proto === "udp" || x.proto === "sctp") && (x.name === name || x.aliases.includes(name)));
  return s?.port;
}

/** XTTYPE_PORTRC: port[:port], names allowed. */
export function parsePortRange(task: Task, ext: string, opt: string, arg: string): [number, number] {
  const parts = arg.split(":");
  const r: [number, number] = [0, 65535];
  if (parts.length > 2) paramError(`${ext}: Too many components for option "--${opt}" (max: 2)\n`);
  parts.forEach((p, i) => {
    if (p === "") return;
    const v = getPortByName(task, p);
    if (v === undefined) paramError(`Port "${p}" does not resolve to anything.\n`);
    r[i] = v;
  });
  if (parts.length === 1) r[1] = r[0];
  return r;
}

/** xtables_parse_port(): base-0 number or a service of that protocol. */
export function xtParsePort(task: Task, port: string, proto: string): number {
  const v = strtoul(port, 0, 65535);
  if (v !== undefined) return v;
  const s = getservbyname(task, port, proto);
  if (s !== undefined) return s;
  paramError(`invalid port/service \`${port}' specified`);
}

/** XTTYPE_MARKMASK32: value[/mask]. */
export function parseMarkMask(ext: string, opt: string, arg: string): { val: number; mask: number } {
  const a = strtoulPrefix(arg);
  const bad = (): never => paramError(`${ext}: bad integer value for option "--${opt}", or out of range.\n`);
  if (!a || a.value > 0xffffffff) return bad();
  if (a.rest === "") return { val: a.value, mask: 0xffffffff };
  if (!a.rest.startsWith("/")) paramError(`${ext}: trailing garbage after value for option "--${opt}".\n`);
  const m = strtoulPrefix(a.rest.slice(1));
  if (!m || m.value > 0xffffffff) return bad();
  if (m.rest !== "") paramError(`${ext}: trailing garbage after value for option "--${opt}".\n`);
  return { val: a.value, mask: m.value };
}

const LOG_NAMES: Record<string, number> = {
  alert: 1, crit: 2, debug: 7, emerg: 0, error: 3, info: 6, notice: 5, panic: 0, warning: 4,
};

/** XTTYPE_SYSLOGLEVEL */
export function parseSyslogLevel(arg: string): number {
  const v = strtoul(arg, 0, 7);
  if (v !== undefined) return v;
  const n = LOG_NAMES[arg];
  if (n === undefined) paramError(`log level "${arg}" unknown\n`);
  return n;
}

/** XTTYPE_ETHERMAC */
export function parseEtherMac(arg: string): number[] {
  const parts = arg.split(":");
  const bad = () => paramError("Invalid MAC address specified.");
  if (parts.length !== 6) bad();
  return parts.map((p) => {
    if (!/^[0-9a-fA-F]{1,2}$/.test(p)) bad();
    return parseInt(p, 16);
  });
}

export function fmtMac(m: readonly number[]): string {
  return m.map((b) => b.toString(16).padStart(2, "0")).join(":");
}

/** XTTYPE_HOSTMASK: host[/prefixlen] (a single address). */
export function parseHostMask(task: Task, arg: string): { addr: number; mask: number } {
  const slash = arg.indexOf("/");
  const host = slash >= 0 ? arg.slice(0, slash) : arg;
  let mask = 0xffffffff;
  if (slash >= 0) {
    const m = arg.slice(slash + 1);
    const dotted = parseDotted(m, true);
    if (dotted !== undefined) mask = dotted;
    else {
      const bits = strtoul(m, 0, 32);
      if (bits === undefined) paramError(`invalid mask \`${m}' specified`);
      mask = cidrToMask(bits);
    }
  }
  const addr = /^[0-9.]+$/.test(host) && host.split(".").length === 4 ? parseDotted(host, false) : hostsByName(task, host)[0];
  if (addr === undefined) paramError(`getaddrinfo: Name or service not known\n`);
  return { addr: (addr & mask) >>> 0, mask };
}

/** xtables_save_string(): bare when only [_-0-9A-Za-z], else double-quoted with \ escapes. */
export function saveString(v: string): string {
  if (/^[-_0-9A-Za-z]+$/.test(v)) return ` ${v}`;
  return ` "${v.replace(/["\\']/g, (c) => `\\${c}`)}"`;
}

/** xtables_print_val_mask() */
export function printValMask(val: number, mask: number): string {
  if (mask >>> 0 !== 0xffffffff) return ` 0x${(val >>> 0).toString(16)}/0x${(mask >>> 0).toString(16)}`;
  return ` 0x${(val >>> 0).toString(16)}`;
}
