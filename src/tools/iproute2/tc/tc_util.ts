// tc/tc_util.c with the pieces of lib/utils_math.c and lib/json_print_math.c
// tc uses: qdisc handles and class ids (get_qdisc_handle, get_tc_classid,
// print_tc_classid), rates, sizes and times (get_rate/get_size/get_time and
// their sprint_* forms), the linklayer words, and the statistics block
// (print_tcstats_attr).

import { TC_H_ROOT, TC_H_UNSPEC, tcHMaj, tcHMin, type TcaAttrs, type TcEstimator } from "../../../uapi/pkt_sched.js";
import { strtofloat } from "../../coreutils/lib/printf-format.js";
import { toGeneralExact } from "../../coreutils/lib/float-format.js";
import type { IpOut, PrintType } from "../lib/json_print.js";
import { duparg, invarg, IpExit, matches, type Ctx } from "../lib/utils.js";
import type { ProgramContext } from "../../../kernel/task/program.js";
import { readText } from "../../net-tools/lib.js";
import { KernelError, strerror } from "../../../uapi/errno.js";
import { TIME_UNITS_PER_SEC, tcCoreTick2time, type TcCore } from "./tc_core.js";

/** strtoul(str, &p, 16): the value (Infinity past 64 bits or negative) and where parsing stopped (0: nothing). */
export function strtoul16(s: string): { value: number; end: number } {
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX](?=[0-9a-fA-F]))?([0-9a-fA-F]+)/.exec(s);
  if (!m) return { value: 0, end: 0 };
  let v = parseInt(m[3]!, 16);
  if (m[1] === "-" && v !== 0) v = Infinity;
  return { value: v, end: m[0].length };
}

/** get_qdisc_handle(): "MAJ[:]" (hex) or "none"; undefined when invalid. */
export function getQdiscHandle(str: string): number | undefined {
  if (str === "none") return TC_H_UNSPEC;
  const { value, end } = strtoul16(str);
  if (end === 0 || value >= 1 << 16) return undefined;
  const rest = str.slice(end);
  if (rest !== "" && rest[0] !== ":") return undefined;
  return (value * 0x10000) >>> 0;
}

/** get_tc_classid(): "root", "none", "MAJ:MIN", ":MIN", "MAJ:", or a plain hex number. */
export function getTcClassid(str: string): number | undefined {
  if (str === "root") return TC_H_ROOT;
  if (str === "none") return TC_H_UNSPEC;
  let { value: maj, end } = strtoul16(str);
  let p = str.slice(end);
  if (end === 0) {
    maj = 0;
    if (p[0] !== ":") return undefined;
  }
  if (p[0] === ":") {
    if (maj >= 1 << 16) return undefined;
    const s2 = p.slice(1);
    const r = strtoul16(s2);
    // strtoul() on an empty or non-hex rest gives 0 and leaves p there.
    p = s2.slice(r.end);
    if (p !== "") return undefined;
    if (r.value >= 1 << 16) return undefined;
    return ((maj * 0x10000) | r.value) >>> 0;
  }
  if (p !== "") return undefined;
  return maj > 0xffffffff ? undefined : maj >>> 0;
}

/** cls_names (lib/names.c's db_names): class ids to names, read from /etc/iproute2/tc_cls under -nm. */
export type ClsNames = ReadonlyMap<number, string>;

/** print_tc_classid(): with -nm, "NAME#id" for a class the names file knows. */
export function sprintTcClassid(h: number, names?: ClsNames): string {
  let handle: string;
  if (h === TC_H_ROOT) handle = "root";
  else if (h === TC_H_UNSPEC) handle = "none";
  else if (tcHMaj(h) === 0) handle = `:${tcHMin(h).toString(16)}`;
  else if (tcHMin(h) === 0) handle = `${(tcHMaj(h) >>> 16).toString(16)}:`;
  else handle = `${(tcHMaj(h) >>> 16).toString(16)}:${tcHMin(h).toString(16)}`;
  const name = names?.get(h >>> 0);
  return name === undefined ? handle : `${name}#${handle}`;
}

/**
 * db_names_load() + read_id_name() (lib/names.c): "maj:min NAME", "0xID NAME"
 * or "ID NAME" lines, `#` comments; a later line for the same id wins (the
 * hash chain is searched newest first). A line that is none of these is
 * "corrupted": the names read so far are dropped (undefined).
 */
export function parseClsNames(text: string, path: string, err: (s: string) => void): ClsNames | undefined {
  const names = new Map<number, string>();
  for (const raw of text.split(/(?<=\n)/)) {
    const p = raw.replace(/^[ \t]+/, "");
    if (p === "" || p[0] === "#" || p[0] === "\n") continue;
    let m = /^\s*(?:0[xX])?([0-9a-fA-F]+):\s*(?:0[xX])?([0-9a-fA-F]+)\s+(\S+)/.exec(p);
    let id: number | undefined;
    let name = "";
    if (m) {
      id = ((parseInt(m[1]!, 16) << 16) | parseInt(m[2]!, 16)) >>> 0;
      name = m[3]!;
    } else if ((m = /^0x([0-9a-fA-F]+)\s+(\S+)/.exec(p))) {
      id = parseInt(m[1]!, 16) >>> 0;
      name = m[2]!;
    } else if ((m = /^\s*([+-]?\d+)\s+(\S+)/.exec(p))) {
      id = parseInt(m[1]!, 10);
      name = m[2]!;
    } else {
      err(`Database ${path} is corrupted at ${p}\n`);
      return undefined;
    }
    // "if (id < 0) continue": ids are ints in lib/names.c.
    if ((id | 0) < 0) continue;
    names.set(id >>> 0, name);
  }
  return names;
}

/** strtod(): the value and the unparsed rest; undefined when nothing was read. */
function strtod(str: string): { v: number; rest: string } | undefined {
  const r = strtofloat(str);
  if (r.end === 0) return undefined;
  return { v: r.value, rest: str.slice(r.end) };
}

const RATE_SUFFIXES: Array<[string, number]> = [
  ["bit", 1],
  ["Kibit", 1024],
  ["kbit", 1000],
  ["mibit", 1024 * 1024],
  ["mbit", 1000000],
  ["gibit", 1024 * 1024 * 1024],
  ["gbit", 1000000000],
  ["tibit", 1024 * 1024 * 1024 * 1024],
  ["tbit", 1000000000000],
  ["Bps", 8],
  ["KiBps", 8 * 1024],
  ["KBps", 8000],
  ["MiBps", 8 * 1024 * 1024],
  ["MBps", 8000000],
  ["GiBps", 8 * 1024 * 1024 * 1024],
  ["GBps", 8000000000],
  ["TiBps", 8 * 1024 * 1024 * 1024 * 1024],
  ["TBps", 8000000000000],
];

/** get_rate64(): bytes per second (a double truncated to u64); undefined when unparsable. */
export function getRate64(str: string): number | undefined {
  const r = strtod(str);
  if (!r) return undefined;
  let bps = r.v;
  let rest = r.rest;
  for (const [name, scale] of RATE_SUFFIXES) {
    if (name.toLowerCase() === rest.toLowerCase()) {
      bps *= scale;
      rest = "";
      break;
    }
  }
  if (rest !== "") return undefined;
  bps /= 8;
  if (!(bps >= 0)) return bps < 0 ? 2 ** 64 + Math.trunc(bps) : 0;
  return Math.min(Math.trunc(bps), 2 ** 64 - 1);
}

/** get_rate(): as get_rate64, refused when it does not fit 32 bits. */
export function getRate(str: string): number | undefined {
  const r = strtod(str);
  if (!r) return undefined;
  const v = getRate64(str);
  if (v === undefined) return undefined;
  // *rate = bps (unsigned int); "if (*rate != floor(bps)) return -1".
  let bps = r.v;
  for (const [name, scale] of RATE_SUFFIXES) if (name.toLowerCase() === r.rest.toLowerCase()) bps *= scale;
  bps /= 8;
  if (bps < 0 || bps >= 2 ** 32 || Math.trunc(bps) !== Math.floor(bps)) return undefined;
  return Math.trunc(bps);
}

/** get_size(): bytes; undefined when unparsable or over 32 bits. */
export function getSize(str: string): number | undefined {
  const r = strtod(str);
  if (!r) return undefined;
  let sz = r.v;
  const p = r.rest.toLowerCase();
  if (p) {
    if (p === "kb" || p === "k") sz *= 1024;
    else if (p === "gb" || p === "g") sz *= 1024 * 1024 * 1024;
    else if (p === "gbit") sz *= (1024 * 1024 * 1024) / 8;
    else if (p === "mb" || p === "m") sz *= 1024 * 1024;
    else if (p === "mbit") sz *= (1024 * 1024) / 8;
    else if (p === "kbit") sz *= 1024 / 8;
    else if (p !== "b") return undefined;
  }
  if (!(sz >= 0) || sz >= 2 ** 32) return undefined;
  if (Math.trunc(sz) !== Math.floor(sz)) return undefined;
  return Math.trunc(sz);
}

/** get_time(): microseconds (TIME_UNITS_PER_SEC); undefined when unparsable. */
export function getTime(str: string): number | undefined {
  const r = strtod(str);
  if (!r) return undefined;
  let t = r.v;
  const p = r.rest.toLowerCase();
  if (p) {
    if (p === "s" || p === "sec" || p === "secs") t *= TIME_UNITS_PER_SEC;
    else if (p === "ms" || p === "msec" || p === "msecs") t *= TIME_UNITS_PER_SEC / 1000;
    else if (p === "us" || p === "usec" || p === "usecs") t *= TIME_UNITS_PER_SEC / 1000000;
    else return undefined;
  }
  // *time = t: a double into an unsigned int.
  return Math.trunc(t) >>> 0;
}

/** get_size_and_cell(): "SIZE[/CELL]"; cellLog -1 when no cell was given. */
export function getSizeAndCell(str: string): { size: number; cellLog: number } | undefined {
  const slash = str.indexOf("/");
  const size = getSize(slash < 0 ? str : str.slice(0, slash));
  if (size === undefined) return undefined;
  if (slash < 0) return { size, cellLog: -1 };
  const cellStr = str.slice(slash + 1);
  const cell = /^[+-]?\d+$/.test(cellStr.trim()) ? Number(cellStr.trim()) : /^0[xX][0-9a-fA-F]+$/.test(cellStr) ? parseInt(cellStr, 16) : undefined;
  if (cell === undefined) return undefined;
  for (let i = 0; i < 32; i++) if (2 ** i === cell) return { size, cellLog: i };
  return undefined;
}

/** get_linklayer() */
export function getLinklayer(arg: string): number | undefined {
  if ("ethernet".startsWith(arg) && arg) return 1;
  if (("atm".startsWith(arg) || "adsl".startsWith(arg)) && arg) return 2;
  return undefined;
}

/** print_linklayer() */
export function sprintLinklayer(ll: number): string {
  return ll === 0 ? "unspec" : ll === 1 ? "ethernet" : ll === 2 ? "atm" : "unknown";
}

/** %g of a double as printf prints it (6 significant digits). */
function fmtG(x: number, prec = 6): string {
  return toGeneralExact(x, prec);
}

/** print_rate()'s text: bytes/s as bits with K/M/G/T (or Ki/Mi… with -iec). */
export function sprintRate(rate: number, iec: boolean): string {
  const kilo = iec ? 1024 : 1000;
  const units = ["", "K", "M", "G", "T"];
  let r = rate * 8;
  let i = 0;
  for (; i < units.length - 1; i++) {
    if (r < kilo) break;
    if (r % kilo !== 0 && r < 1000 * kilo) break;
    r = Math.floor(r / kilo);
  }
  return `${Math.round(r)}${units[i]}${i > 0 && iec ? "i" : ""}bit`;
}

/** tc_print_rate() / print_rate(): the number in JSON, the text otherwise. */
export function printRate(out: IpOut, iec: boolean, t: PrintType, key: string | null, fmt: string, rate: number): void {
  if (out.isJson) out.uint(t, key, "%u", rate);
  else out.string(t, key, fmt, sprintRate(rate, iec));
}

/** sprint_size() */
export function sprintSize(sz: number): string {
  const kilo = 1024;
  const mega = kilo * kilo;
  if (sz >= mega && Math.abs(mega * rint(sz / mega) - sz) < 1024) return `${fmtG(rint(sz / mega))}Mb`;
  if (sz >= kilo && Math.abs(kilo * rint(sz / kilo) - sz) < 16) return `${fmtG(rint(sz / kilo))}Kb`;
  return `${sz >>> 0}b`;
}

/** rint(): round half to even. */
function rint(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** print_size(): the number in JSON, sprint_size() otherwise. */
export function printSize(out: IpOut, t: PrintType, key: string | null, fmt: string, sz: number): void {
  if (out.isJson) out.uint(t, key, "%u", sz);
  else out.string(t, key, fmt, sprintSize(sz));
}

/** sprint_time(): microseconds as "1.5s", "400ms", "250us". */
export function sprintTime(time: number): string {
  if (time >= TIME_UNITS_PER_SEC) return `${fmtG(time / TIME_UNITS_PER_SEC, 3)}s`;
  if (time >= TIME_UNITS_PER_SEC / 1000) return `${fmtG(time / (TIME_UNITS_PER_SEC / 1000), 3)}ms`;
  return `${time >>> 0}us`;
}

/** sprint_ticks() */
export function sprintTicks(core: TcCore, ticks: number): string {
  return sprintTime(tcCoreTick2time(core, ticks));
}

/** print_tcstats_attr() (TCA_STATS2): "Sent … pkt (dropped …)", the rate, then "backlog …". Returns TCA_XSTATS. */
export function printTcstatsAttr(out: IpOut, iec: boolean, attrs: TcaAttrs, prefix: string): object | undefined {
  const st = attrs.TCA_STATS2;
  if (!st) return attrs.TCA_XSTATS;
  if (st.basic) {
    out.string("FP", null, "%s", prefix);
    out.uint("ANY", "bytes", "Sent %llu bytes", st.basic.bytes);
    out.uint("ANY", "packets", " %u pkt", st.basic.packets);
  }
  if (st.queue) {
    out.uint("ANY", "drops", " (dropped %u", st.queue.drops);
    out.uint("ANY", "overlimits", ", overlimits %u", st.queue.overlimits);
    out.uint("ANY", "requeues", " requeues %u) ", st.queue.requeues);
  }
  if (st.rateEst) {
    out.string("FP", null, "\n%s", prefix);
    out.uint("JSON", "rate", "%u", st.rateEst.bps);
    if (!out.isJson) out.string("FP", null, "rate %s", sprintRate(st.rateEst.bps, iec));
    out.uint("ANY", "pps", " %llupps", st.rateEst.pps);
  }
  if (st.queue) {
    // With an estimator (TCA_STATS_RATE_EST) the backlog follows the rate on its line.
    if (!st.rateEst) out.nl();
    out.string("FP", null, "%s", prefix);
    printSize(out, "ANY", "backlog", "backlog %s", st.queue.backlog);
    out.uint("ANY", "qlen", " %up", st.queue.qlen);
    out.uint("FP", null, " requeues %u", st.queue.requeues);
  }
  return attrs.TCA_XSTATS;
}

/** read_prop(): a number from /sys/class/net/DEV/PROP, or undefined after printing why not. */
export async function readProp(ctx: Ctx & { pc: ProgramContext }, dev: string, prop: string): Promise<number | undefined> {
  const fname = `/sys/class/net/${dev}/${prop}`;
  const fs = ctx.task.host.fs;
  try {
    fs.lookup(ctx.task, ctx.task.cwd, fname);
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    ctx.err(`fopen ${fname}: ${strerror(e.errno)}\n`);
    return undefined;
  }
  // sysfs opens any attribute; a show() that fails (lo's speed: EINVAL) fails the read: fgets() gets nothing.
  let buf: string;
  try {
    buf = await readText(ctx.pc, fname);
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    buf = "";
  }
  if (buf === "") {
    ctx.err(`property "${prop}" in file ${fname} is currently unknown\n`);
    ctx.err(`Failed to parse ${fname}\n`);
    return undefined;
  }
  const line = buf.split("\n")[0]!;
  const m = /^[ \t]*([+-]?(?:0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*))$/.exec(line);
  if (!m) {
    ctx.err(`value "${line}" in file ${fname} is not a number\n`);
    ctx.err(`Failed to parse ${fname}\n`);
    return undefined;
  }
  const s = m[1]!;
  const neg = s.startsWith("-");
  const body = s.replace(/^[+-]/, "");
  const v = /^0[xX]/.test(body) ? parseInt(body, 16) : /^0/.test(body) ? parseInt(body, 8) || 0 : Number(body);
  return neg ? -v : v;
}

/** parse_percent_rate() + get_rate64(): "N%" of the device's speed; undefined after the message. */
export async function getPercentRate64(ctx: Ctx & { pc: ProgramContext }, str: string, dev: string): Promise<number | undefined> {
  if (!dev) {
    ctx.err("No device specified; specify device to rate limit by percentage\n");
    return undefined;
  }
  const mbit = await readProp(ctx, dev, "speed");
  if (mbit === undefined) return undefined;
  // sscanf("%m[0-9.%]") then parse_percent(): the number, then nothing or a lone "%".
  const m = /^[0-9.%]+/.exec(str);
  const malformed = (): undefined => {
    ctx.err("Specified rate value could not be read or is malformed\n");
    return undefined;
  };
  if (!m) return malformed();
  const r = strtofloat(m[0]);
  const perc = (r.end === 0 ? 0 : r.value) / 100;
  if (perc > 1 || perc < 0) {
    ctx.err(`Invalid rate specified; should be between [0,100]% but is ${str}\n`);
    return undefined;
  }
  const rest = m[0].slice(r.end);
  if (rest && rest !== "%") return malformed();
  const rateBit = perc * mbit * 1000 * 1000;
  return getRate64(rateBit.toFixed(6));
}

/** tc_setup_estimator(): interval index and ewma_log for "estimator A TIME-CONST" (µs); undefined when out of range. */
export function tcSetupEstimator(a: number, timeConst: number): TcEstimator | undefined {
  let interval = 0;
  for (; interval <= 5; interval++) if (a <= 2 ** interval * (TIME_UNITS_PER_SEC / 4)) break;
  if (interval > 5) return undefined;
  interval -= 2;
  let ewmaLog = 1;
  for (; ewmaLog < 32; ewmaLog++) {
    const w = 1 - 1 / 2 ** ewmaLog;
    if (a / -Math.log(w) > timeConst) break;
  }
  ewmaLog--;
  if (ewmaLog === 0 || ewmaLog >= 31) return undefined;
  return { interval, ewma_log: ewmaLog };
}

/** parse_estimator() (m_estimator.c): the two words after "estimator" at argv[i]; returns the index of the last one used. */
export function parseEstimator(ctx: Ctx & { raw?: number }, argv: string[], i: number, est: { v?: TcEstimator }): number {
  const help = (): void =>
    ctx.err(
      "Usage: ... estimator INTERVAL TIME-CONST\n" +
        "  INTERVAL is interval between measurements\n" +
        "  TIME-CONST is averaging time constant\n" +
        "Example: ... est 1sec 8sec\n",
    );
  const next = (): string => {
    if (i + 1 >= argv.length) {
      ctx.err('Command line is not complete. Try option "help"\n');
      throw new IpExit(255);
    }
    return argv[++i]!;
  };
  let w = next();
  if (est.v?.ewma_log) duparg(ctx, "estimator", w);
  if (matches(w, "help")) help();
  const a = getTime(w);
  if (a === undefined) invarg(ctx, "estimator", "invalid estimator interval");
  w = next();
  if (matches(w, "help")) help();
  const tc = getTime(w);
  if (tc === undefined) invarg(ctx, "estimator", "invalid estimator time constant");
  const e = tcSetupEstimator(a, tc);
  if (!e) {
    ctx.err("Error: estimator parameters are out of range.\n");
    return -1;
  }
  if (ctx.raw) ctx.err(`[estimator i=${e.interval} e=${e.ewma_log}]\n`);
  est.v = e;
  return i;
}
