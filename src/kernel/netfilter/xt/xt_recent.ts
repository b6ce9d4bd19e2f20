// recent match (net/netfilter/xt_recent.c): per network namespace, named
// tables of addresses (masked), each entry holding the jiffies it was seen at
// in a ring of roundup_pow_of_two(ip_pkt_list_tot = 20) = 32 stamps (`index`
// the next slot, `nstamps` how many are filled) and the TTL of the packet
// that last set it. --set adds or refreshes, --rcheck looks, --update looks
// and refreshes when it matched, --remove deletes; --seconds/--hitcount count
// the stamps within the window, --rttl also wants the same TTL. A table holds
// at most ip_list_tot = 200 entries, the least recently refreshed one making
// room. Each table is /proc/net/xt_recent/NAME (recent_seq_show; writes take
// "+ADDR", "-ADDR" and "/", recent_mt_proc_write), created when a rule naming
// it is added (recent_mt_check) and goes, entries and file, with the last rule
// naming it (recent_mt_destroy: here when the tables are next looked at or a
// rule is added). Tables are shared by iptables and ip6tables rules; an entry
// is an IPv4 or an IPv6 address (printed %pI6: eight groups of four digits).
// Where we differ: entries list in insertion order where the kernel walks its
// hash buckets (seeded at random).

import {
  XT_RECENT_CHECK,
  XT_RECENT_REAP,
  XT_RECENT_REMOVE,
  XT_RECENT_SET,
  XT_RECENT_TTL,
  XT_RECENT_UPDATE,
  type XtRecent,
} from "../../../uapi/xt_ext_recent.js";
import { kerr } from "../../../uapi/errno.js";
import { formatIp6Full, formatIpv4, parseIp6, parseIpv4Pton } from "../../../wire/addr.js";
import type { IptEntry } from "../../../uapi/x_tables.js";
import { netnsRules } from "../nf_tables.js";
import { netCore } from "../../core/net_namespace.js";
import type { NetNamespace } from "../../core/netns.js";
import { HZ, INITIAL_JIFFIES, nsToJiffies } from "../../core/jiffies.js";
import { registerProcEntry } from "../../fs/procfs.js";
import { procDynDir, procTextFile } from "../../fs/proc_text.js";
import type { SpecialInode } from "../../fs/inode.js";
import type { Task } from "../../task/task.js";
import type { XtPkt } from "../pktinfo.js";
import { xtRegisterMatch } from "../xt_registry.js";

/** ip_pkt_list_tot 20, rounded up to a power of two: the stamp ring's size. */
const NSTAMPS = 32;
const STAMP_MASK = NSTAMPS - 1;
/** ip_list_tot: entries per table. */
const IP_LIST_TOT = 200;

/** An IPv4 address (number) or an IPv6 one (bigint): one table holds both. */
type Addr = number | bigint;

interface Entry {
  addr: Addr;
  ttl: number;
  /** jiffies */
  stamps: number[];
  index: number;
  nstamps: number;
}

/** Entries in LRU order (a refresh moves one to the end, as list_move_tail does). */
type Table = Map<Addr, Entry>;

const tablesOf = new WeakMap<NetNamespace, Map<string, Table>>();

function tables(net: NetNamespace): Map<string, Table> {
  let all = tablesOf.get(net);
  if (!all) tablesOf.set(net, (all = new Map()));
  return all;
}

function table(net: NetNamespace, name: string): Table {
  const all = tables(net);
  let t = all.get(name);
  if (!t) all.set(name, (t = new Map()));
  return t;
}

function jiffiesOf(net: NetNamespace): number {
  return nsToJiffies(netCore(net).host.clock.now);
}

/** recent_entry_update(): the next stamp slot, and to the LRU tail. */
function entryUpdate(t: Table, e: Entry, now: number): void {
  e.index &= STAMP_MASK;
  e.stamps[e.index++] = now;
  if (e.index > e.nstamps) e.nstamps = e.index;
  t.delete(e.addr);
  t.set(e.addr, e);
}

/** recent_entry_init(): the oldest entry goes when the table is full. */
function entryInit(t: Table, addr: Addr, ttl: number, now: number): Entry {
  if (t.size >= IP_LIST_TOT) t.delete(t.keys().next().value!);
  const e: Entry = { addr, ttl, stamps: [now], index: 1, nstamps: 1 };
  t.set(addr, e);
  return e;
}

/**
 * recent_entry_reap(): the least recently refreshed entry of the table goes when its newest
 * stamp is older than the window, unless it is the entry about to be refreshed.
 */
function entryReap(t: Table, working: Entry, time: number, update: boolean): void {
  const e = t.values().next().value!;
  if (e === working && update) return;
  if (time > e.stamps[e.index - 1]!) t.delete(e.addr);
}

function recentMatch(p: XtPkt, data: object): boolean {
  const d = data as XtRecent;
  const net = p.state.net;
  const now = jiffiesOf(net);
  const addr: Addr = p.ip6 ? (d.side ? p.ip6.dst : p.ip6.src) & (d.mask6 ?? ALL6) : ((d.side ? p.iph.daddr : p.iph.saddr) & d.mask) >>> 0;
  const t = table(net, d.name);
  const ttl = p.iph.ttl;
  let ret = d.invert;
  let e = t.get(addr);
  // recent_entry_lookup() with a TTL only finds an entry of that TTL.
  if (e && d.checkSet & XT_RECENT_TTL && e.ttl !== ttl) e = undefined;
  if (!e) {
    if (!(d.checkSet & XT_RECENT_SET)) return ret;
    entryInit(t, addr, ttl, now);
    return !ret;
  }
  if (d.checkSet & XT_RECENT_SET) ret = !ret;
  else if (d.checkSet & XT_RECENT_REMOVE) {
    t.delete(addr);
    return !ret;
  } else if (d.seconds || d.hitCount) {
    const time = now - d.seconds * HZ;
    let hits = 0;
    for (let i = 0; i < e.nstamps; i++) {
      if (d.seconds && time > e.stamps[i]!) continue;
      if (!d.hitCount || ++hits >= d.hitCount) {
        ret = !ret;
        break;
      }
    }
    if (d.checkSet & XT_RECENT_REAP) entryReap(t, e, time, (d.checkSet & XT_RECENT_UPDATE) !== 0 && ret);
  } else ret = !ret;
  if (d.checkSet & XT_RECENT_SET || (d.checkSet & XT_RECENT_UPDATE && ret)) {
    entryUpdate(t, e, now);
    e.ttl = ttl;
  }
  return ret;
}

xtRegisterMatch({
  name: "recent",
  revisions: [1],
  match: recentMatch,
  check: (ctx, data) => {
    const d = data as XtRecent;
    const cmds = d.checkSet & (XT_RECENT_SET | XT_RECENT_CHECK | XT_RECENT_UPDATE | XT_RECENT_REMOVE);
    if (cmds === 0 || (cmds & (cmds - 1)) !== 0 || d.name.length === 0) return "EINVAL";
    // proc_create_data() takes no name with a slash (recorded: `--name a/b` is EINVAL)
    if (d.name.includes("/")) return "EINVAL";
    // recent_table_lookup() or a new table (and its /proc/net/xt_recent file).
    if (ctx.net) {
      if (ctx.otherRules) gcTables(ctx.net, ctx.otherRules());
      table(ctx.net, d.name);
    }
    return undefined;
  },
});

const ALL6 = (1n << 128n) - 1n;

/** recent_mt_destroy(): a table no rule names any more goes, entries and all. */
function gcTables(net: NetNamespace, rules: Iterable<IptEntry>): void {
  const all = tablesOf.get(net);
  if (!all?.size) return;
  const used = new Set<string>();
  for (const r of rules) for (const m of r.matches) if (m.name === "recent") used.add((m.data as XtRecent).name);
  for (const name of [...all.keys()]) if (!used.has(name)) all.delete(name);
}

/** The tables as /proc shows them: those some rule still names. */
function liveTables(net: NetNamespace): Map<string, Table> {
  gcTables(net, netnsRules(net));
  return tables(net);
}

/** recent_seq_show() for every entry: the stamps are raw jiffies, printed from INITIAL_JIFFIES. */
function tableText(t: Table): string {
  let s = "";
  for (const e of t.values()) {
    s += `src=${typeof e.addr === "bigint" ? formatIp6Full(e.addr) : formatIpv4(e.addr)} ttl: ${e.ttl} last_seen: ${INITIAL_JIFFIES + e.stamps[(e.index - 1) & STAMP_MASK]!} oldest_pkt: ${e.index}`;
    for (let i = 0; i < e.nstamps; i++) s += `${i ? "," : ""} ${INITIAL_JIFFIES + e.stamps[i]!}`;
    s += "\n";
  }
  return s;
}

const dec = new TextDecoder();

/** recent_mt_proc_write(): "/" flushes, "+ADDR" adds or refreshes, "-ADDR" removes. */
function procWrite(net: NetNamespace, t: Table, bytes: Uint8Array): void {
  if (bytes.length === 0) return;
  const text = dec.decode(bytes.subarray(0, Math.min(bytes.length, 46)));
  const op = text[0];
  if (op === "/") {
    t.clear();
    return;
  }
  if (op !== "+" && op !== "-") throw kerr("EINVAL");
  const nl = text.indexOf("\n");
  const word = text.slice(1, nl < 0 ? undefined : nl);
  // a colon makes it IPv6 (in6_pton), else in4_pton
  const addr: Addr | undefined = word.includes(":") ? parseIp6(word) : parseIpv4Pton(word);
  if (addr === undefined) throw kerr("EINVAL");
  const e = t.get(addr);
  const now = jiffiesOf(net);
  if (!e) {
    if (op === "+") entryInit(t, addr, 0, now);
  } else if (op === "+") entryUpdate(t, e, now);
  else t.delete(addr);
}

/** /proc/net/xt_recent/NAME (ip_list_perms 0644): its lines when read, recent_mt_proc_write when written. */
function tableInode(name: string): SpecialInode {
  const tableOf = (task: Task) => liveTables(task.netns).get(name) ?? new Map<Addr, Entry>();
  return procTextFile((task) => tableText(tableOf(task)), { mode: 0o644, write: (task, bytes) => procWrite(task.netns, tableOf(task), bytes) });
}

registerProcEntry("net", "xt_recent", (parent) =>
  procDynDir(parent, {
    list: (task) => [...liveTables(task.netns).keys()],
    lookup: (task, name) => (liveTables(task.netns).has(name) ? tableInode(name) : undefined),
  }),
);
