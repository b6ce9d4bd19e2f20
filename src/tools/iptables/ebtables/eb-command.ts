// do_commandeb() (iptables/xtables-eb.c, 1.8.9): ebtables' own option parser
// (getopt_long with opterr off, so an unknown or incomplete option is
// "Unknown argument: '<next word>'"), the checks it makes while parsing, and
// the command run against the handle afterwards. Only the fixed part of a
// rule is known (-p -s -d -i -o --logical-in --logical-out -j with the
// standard targets or a user chain); ebtables match/watcher/target extensions
// (ip, arp, vlan, mark, log, nat targets) are not modelled.

import type { Task } from "../../../kernel/task/task.js";
import type { EbtCounters, EbtEntry, EbtIface, EbtMac } from "../../../uapi/ebtables.js";
import { ebtTableDef } from "../../../uapi/ebtables.js";
import { OTHER_PROBLEM, VERSION_PROBLEM, XtError, paramError, xtError } from "../errors.js";
import { ethertypeByName } from "./ethertypes.js";
import type { EbHandle } from "./eb-handle.js";
import { NftError } from "../nft.js";
import { ebRuleText } from "./eb-print.js";
import { EXT_LONGOPTS, ExtDeclined, extFinalCheck, extParse, newTarget, type ExtState } from "./eb-ext.js";

interface LongOpt {
  name: string;
  arg: 0 | 1 | 2;
  val: string | number;
}

const LONGOPTS: LongOpt[] = [
  { name: "append", arg: 1, val: "A" },
  { name: "insert", arg: 1, val: "I" },
  { name: "delete", arg: 1, val: "D" },
  { name: "list", arg: 2, val: "L" },
  { name: "Lc", arg: 0, val: 4 },
  { name: "Ln", arg: 0, val: 5 },
  { name: "Lx", arg: 0, val: 6 },
  { name: "Lmac2", arg: 0, val: 12 },
  { name: "zero", arg: 2, val: "Z" },
  { name: "flush", arg: 2, val: "F" },
  { name: "policy", arg: 1, val: "P" },
  { name: "in-interface", arg: 1, val: "i" },
  { name: "in-if", arg: 1, val: "i" },
  { name: "logical-in", arg: 1, val: 2 },
  { name: "logical-out", arg: 1, val: 3 },
  { name: "out-interface", arg: 1, val: "o" },
  { name: "out-if", arg: 1, val: "o" },
  { name: "version", arg: 0, val: "V" },
  { name: "verbose", arg: 0, val: "v" },
  { name: "help", arg: 0, val: "h" },
  { name: "jump", arg: 1, val: "j" },
  { name: "set-counters", arg: 1, val: "c" },
  { name: "change-counters", arg: 1, val: "C" },
  { name: "proto", arg: 1, val: "p" },
  { name: "protocol", arg: 1, val: "p" },
  { name: "db", arg: 1, val: "b" },
  { name: "source", arg: 1, val: "s" },
  { name: "src", arg: 1, val: "s" },
  { name: "destination", arg: 1, val: "d" },
  { name: "dst", arg: 1, val: "d" },
  { name: "table", arg: 1, val: "t" },
  { name: "modprobe", arg: 1, val: "M" },
  { name: "new-chain", arg: 1, val: "N" },
  { name: "rename-chain", arg: 1, val: "E" },
  { name: "delete-chain", arg: 2, val: "X" },
  { name: "init-table", arg: 0, val: 11 },
  { name: "concurrent", arg: 0, val: 13 },
  { name: "check", arg: 1, val: 14 },
  ...EXT_LONGOPTS,
];

/** EBT_OPTSTRING "-:A:C:D:E:F::I:L::M:N:P:VX::Z::c:d:i:j:o:p:s:t:hv": 1 = argument, 2 = optional. */
const SHORT: Record<string, 0 | 1 | 2> = {
  A: 1, C: 1, D: 1, E: 1, F: 2, I: 1, L: 2, M: 1, N: 1, P: 1, V: 0, X: 2, Z: 2,
  c: 1, d: 1, i: 1, j: 1, o: 1, p: 1, s: 1, t: 1, h: 0, v: 0,
};

/** glibc getopt_long in "-" (return non-options as 1) and ":" mode, opterr off. */
class Getopt {
  optind = 1;
  private next = "";
  constructor(readonly argv: string[]) {}

  step(): { c: string | number; arg?: string } | undefined {
    if (this.next) return this.short();
    if (this.optind >= this.argv.length) return undefined;
    const a = this.argv[this.optind]!;
    if (a === "--") {
      this.optind++;
      return undefined;
    }
    if (a.startsWith("--")) return this.long(a);
    if (a.startsWith("-") && a.length > 1) {
      this.next = a.slice(1);
      this.optind++;
      return this.short();
    }
    this.optind++;
    return { c: 1, arg: a };
  }

  private long(a: string): { c: string | number; arg?: string } {
    this.optind++;
    const body = a.slice(2);
    const eq = body.indexOf("=");
    const name = eq >= 0 ? body.slice(0, eq) : body;
    let o = LONGOPTS.find((x) => x.name === name);
    if (!o) {
      const cands = LONGOPTS.filter((x) => x.name.startsWith(name));
      if (!cands.length || cands.some((x) => x.val !== cands[0]!.val || x.arg !== cands[0]!.arg)) return { c: "?" };
      o = cands[0]!;
    }
    if (eq >= 0) {
      if (o.arg === 0) return { c: "?" };
      return { c: o.val, arg: body.slice(eq + 1) };
    }
    if (o.arg === 1) {
      if (this.optind >= this.argv.length) return { c: ":" };
      return { c: o.val, arg: this.argv[this.optind++] };
    }
    return { c: o.val };
  }

  private short(): { c: string | number; arg?: string } {
    const ch = this.next[0]!;
    const rest = this.next.slice(1);
    this.next = rest;
    const spec = SHORT[ch];
    if (spec === undefined) return { c: "?" };
    if (spec === 0) return { c: ch };
    if (rest) {
      this.next = "";
      return { c: ch, arg: rest };
    }
    if (spec === 2) return { c: ch };
    if (this.optind >= this.argv.length) return { c: ":" };
    return { c: ch, arg: this.argv[this.optind++] };
  }
}

/** ether_aton(): six 1-2 digit hex bytes separated by ':'. */
function etherAton(s: string): number[] | undefined {
  const parts = s.split(":");
  if (parts.length !== 6 || parts.some((p) => !/^[0-9a-fA-F]{1,2}$/.test(p))) return undefined;
  return parts.map((p) => parseInt(p, 16));
}

/** xtables_parse_mac_and_mask() */
export function parseMacAndMask(s: string): EbtMac | undefined {
  return parseMac(s);
}

function parseMac(s: string): EbtMac | undefined {
  const named: Record<string, [number[], number[]]> = {
    unicast: [[0, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0]],
    multicast: [[1, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0]],
    broadcast: [[255, 255, 255, 255, 255, 255], [255, 255, 255, 255, 255, 255]],
    bga: [[1, 0x80, 0xc2, 0, 0, 0], [255, 255, 255, 255, 255, 255]],
  };
  const n = named[s.toLowerCase()];
  if (n) return { inv: false, mac: [...n[0]], mask: [...n[1]] };
  let mask = [255, 255, 255, 255, 255, 255];
  let addr = s;
  const slash = s.lastIndexOf("/");
  if (slash >= 0) {
    const m = etherAton(s.slice(slash + 1));
    if (!m) return undefined;
    mask = m;
    addr = s.slice(0, slash);
  }
  const mac = etherAton(addr);
  if (!mac) return undefined;
  return { inv: false, mac: mac.map((b, i) => b & mask[i]!), mask };
}

/** strtol(s, &end, 16) as -p reads it: the value and whether the whole word was a number. */
function strtol16(s: string): { value: number; whole: boolean } {
  const m = /^\s*([+-]?)(0[xX])?([0-9a-fA-F]*)/.exec(s)!;
  const digits = m[3]!;
  if (!digits) return { value: 0, whole: false };
  const v = parseInt(digits, 16) * (m[1] === "-" ? -1 : 1);
  return { value: v, whole: m[0].length === s.length };
}

/** strtol(s, &end, 10) with the whole word used. */
function strtol10(s: string): number | undefined {
  if (!/^\s*[+-]?\d+$/.test(s)) return undefined;
  return parseInt(s, 10);
}

function parseIface(s: string): string {
  if (s.length >= 16) paramError(`interface name \`${s}' must be shorter than IFNAMSIZ (15)`);
  return s;
}

export type EbCommand = (h: EbHandle, out: string[]) => void;

const VERSION_LINE = "ebtables v1.8.9 (nf_tables)\n";
const EB_TARGETS = ["standard", "redirect", "arpreply", "snat", "dnat", "mark", "nflog", "log"];

export interface EbParsed {
  table: string;
  /** The help text is printed as is (no version line in front). */
  bare?: boolean;
  /** -h with a target extension: the real program aborts (double free). */
  abort?: boolean;
  /** Queued in parse order, run after parsing (the nft_cmd list). */
  commands: EbCommand[];
  help?: string;
  version?: boolean;
}

const HELP = `Usage:
ebtables -[ADI] chain rule-specification [options]
ebtables -P chain target
ebtables -[LFZ] [chain]
ebtables -[NX] [chain]
ebtables -E old-chain-name new-chain-name

Commands:
--append -A chain             : append to chain
--delete -D chain             : delete matching rule from chain
--delete -D chain rulenum     : delete rule at position rulenum from chain
--change-counters -C chain
          [rulenum] pcnt bcnt : change counters of existing rule
--insert -I chain rulenum     : insert rule at position rulenum in chain
--list   -L [chain]           : list the rules in a chain or in all chains
--flush  -F [chain]           : delete all rules in chain or in all chains
--init-table                  : replace the kernel table with the initial table
--zero   -Z [chain]           : put counters on zero in chain or in all chains
--policy -P chain target      : change policy on chain to target
--new-chain -N chain          : create a user defined chain
--rename-chain -E old new     : rename a chain
--delete-chain -X [chain]     : delete a user defined chain
Options:
--proto  -p [!] proto         : protocol hexadecimal, by name or LENGTH
--src    -s [!] address[/mask]: source mac address
--dst    -d [!] address[/mask]: destination mac address
--in-if  -i [!] name[+]       : network input interface name
--out-if -o [!] name[+]       : network output interface name
--logical-in  [!] name[+]     : logical bridge input interface name
--logical-out [!] name[+]     : logical bridge output interface name
--set-counters -c chain
          pcnt bcnt           : set the counters of the to be added rule
--modprobe -M program         : try to insert modules using this program
--concurrent                  : use a file lock to support concurrent scripts
--verbose -v                  : verbose mode
--version -V                  : print package version

Environment variable:


`;

/** Chain position as ebt_get_current_chain() numbers it: the hook of a built-in name, else past them. */
function currentChain(chain: string | undefined): number {
  const hooks: Record<string, number> = { PREROUTING: 0, INPUT: 1, FORWARD: 2, OUTPUT: 3, POSTROUTING: 4, BROUTING: 5 };
  if (chain === undefined) return -1;
  return hooks[chain] ?? 6;
}

export function doCommandEb(task: Task, argv: string[], table: string, restore: string | undefined): EbParsed {
  const g = new Getopt(argv);
  const res: EbParsed = { table, commands: [] };
  let command = "h";
  let chain: string | undefined;
  let policy: string | undefined;
  let selected = -1;
  let ruleNr = 0;
  let ruleNrEnd = 0;
  let commandSet = false;
  let zero = false;
  let tableSet = false;
  let invert = false;
  let verbose = false;
  const seen = new Set<string>();
  const list = { n: false, c: false, x: false };
  const e: EbtEntry = { target: { kind: "verdict", verdict: "CONTINUE" } };
  let counters: EbtCounters | undefined;
  const ext: ExtState = { markFlags: new Set() };
  const once = (k: string) => {
    if (seen.has(k)) paramError("Multiple use of same option not allowed");
    seen.add(k);
  };
  const inverse = (optarg: string | undefined): { inv: boolean; arg: string | undefined } => {
    if (optarg === "!") {
      if (invert) paramError("Double use of '!' not allowed");
      const arg = g.optind >= argv.length ? undefined : argv[g.optind];
      g.optind++;
      invert = true;
      return { inv: true, arg };
    }
    return { inv: invert, arg: optarg };
  };
  const iface = (optarg: string | undefined): EbtIface => {
    const r = inverse(optarg);
    return { inv: r.inv, name: parseIface(r.arg ?? "") };
  };

  for (let guard = 0; guard < 10000; guard++) {
    const st = g.step();
    if (!st) break;
    const c = st.c;
    let optarg = st.arg;
    switch (c) {
      case "A": case "D": case "C": case "P": case "I": case "N": case "E": case "X": case 14: {
        if (command === "N" && c === "P") {
          command = "P";
          g.optind--;
          policy = takePolicy(g, argv);
          break;
        }
        if (commandSet) paramError("Multiple commands are not allowed");
        command = String(c);
        if (optarg !== undefined && (optarg[0] === "-" || optarg === "!")) paramError("No chain name specified");
        chain = optarg;
        selected = currentChain(chain);
        commandSet = true;
        if (c === "N") {
          const ch = chain!;
          const tb = res.table;
          res.commands.push((h) => h.chainUserAdd(tb, ch));
          break;
        }
        if (c === "X") {
          if (chain === undefined && g.optind < argv.length && argv[g.optind]![0] !== "-") chain = argv[g.optind++];
          const ch = chain;
          const tb = res.table;
          res.commands.push((h) => h.chainDel(tb, ch));
          break;
        }
        if (c === "E") {
          if (g.optind >= argv.length) paramError("No new chain name specified");
          if (g.optind < argv.length - 1) paramError("No extra options allowed with -E");
          const nn = argv[g.optind]!;
          if (nn.length >= 256) paramError("Chain name length can't exceed 255 characters");
          if (nn.includes(" ")) paramError("Use of ' ' not allowed in chain names");
          const ch = chain!;
          const tb = res.table;
          res.commands.push((h) => h.chainRename(tb, ch, nn));
          g.optind++;
          break;
        }
        const nextw = argv[g.optind];
        if (c === "D" && nextw !== undefined && (nextw[0] !== "-" || (nextw[1]! >= "0" && nextw[1]! <= "9"))) {
          if (g.optind !== argv.length - 1) paramError("No extra options allowed with -D start_nr[:end_nr]");
          const r = parseRuleRange(nextw);
          if (!r) paramError(`Problem with the specified rule number(s) '${nextw}'`);
          [ruleNr, ruleNrEnd] = r;
          g.optind++;
        } else if (c === "C") {
          // 1.8.9 parses -C but never runs it (its code is commented out): the command
          // fails with the errno last left behind, ENOENT, as recorded.
          res.commands.push(() => {
            throw new NftError("other", "ENOENT");
          });
          while (g.optind < argv.length && argv[g.optind]![0] !== "-") g.optind++;
        } else if (c === "I") {
          if (nextw === undefined || (nextw[0] === "-" && (nextw[1]! < "0" || nextw[1]! > "9"))) ruleNr = 1;
          else {
            const n = strtol10(nextw);
            if (n === undefined || n < 1) paramError(`Invalid rule number \`${nextw}'`);
            ruleNr = n;
            g.optind++;
          }
        } else if (c === "P") {
          policy = takePolicy(g, argv);
        }
        break;
      }
      case "L": case "F": case "Z": {
        if (c === "Z") {
          if (zero || (commandSet && command !== "L")) paramError("Command -Z only allowed together with command -L");
          zero = true;
        } else {
          if (commandSet) paramError("Multiple commands are not allowed");
          command = c;
          commandSet = true;
          if (zero && c !== "L") paramError("Command -Z only allowed together with command -L");
        }
        if (g.optind < argv.length && argv[g.optind]![0] !== "-") chain = argv[g.optind++];
        break;
      }
      case "v":
        verbose = true;
        break;
      case "V":
        if (commandSet) paramError("Multiple commands are not allowed");
        res.version = true;
        return res;
      case "h":
        if (commandSet) paramError("Multiple commands are not allowed");
        command = "h";
        while (g.optind < argv.length) {
          const w = argv[g.optind]!;
          if (w.toLowerCase() === "list_extensions") {
            // ebt_list_extensions(): the targets libebt loaded; no match is loaded at that point.
            res.help = `${VERSION_LINE}Loaded userspace extensions:\n\nLoaded targets:\n${EB_TARGETS.join("\n")}\n\nLoaded matches:\n`;
            res.bare = true;
            return res;
          }
          // Only targets are looked up; a known one makes 1.8.9 free its help twice and abort.
          if (!["ACCEPT", "DROP", "RETURN", "CONTINUE", ...EB_TARGETS].includes(w)) paramError(`Extension '${w}' not found`);
          res.abort = true;
          g.optind++;
        }
        break;
      case "t":
        if (restore && tableSet) paramError(`The -t option cannot be used in ${restore}.`);
        if (tableSet) paramError("Multiple use of same option not allowed");
        if (!ebtTableDef(optarg!)) xtError(VERSION_PROBLEM, `table '${optarg}' does not exist`);
        res.table = optarg!;
        tableSet = true;
        break;
      case "i": case 2: case "o": case 3: case "j": case "p": case "s": case "d": case "c": {
        if (!commandSet) paramError("No command specified");
        if (!["A", "D", "I", "C", "14"].includes(command)) paramError("Command and option do not match");
        if (c === "i") {
          once("i");
          if (selected > 2 && selected < 5) paramError("Use -i only in INPUT, FORWARD, PREROUTING and BROUTING chains");
          e.in = iface(optarg);
        } else if (c === 2) {
          once("li");
          if (selected > 2 && selected < 5) paramError("Use --logical-in only in INPUT, FORWARD, PREROUTING and BROUTING chains");
          e.logicalIn = iface(optarg);
        } else if (c === "o") {
          once("o");
          if (selected < 2 || selected === 5) paramError("Use -o only in OUTPUT, FORWARD and POSTROUTING chains");
          e.out = iface(optarg);
        } else if (c === 3) {
          once("lo");
          if (selected < 2 || selected === 5) paramError("Use --logical-out only in OUTPUT, FORWARD and POSTROUTING chains");
          e.logicalOut = iface(optarg);
        } else if (c === "j") {
          once("j");
          const t = optarg!;
          if (t === "ACCEPT" || t === "DROP" || t === "RETURN" || t === "CONTINUE") e.target = { kind: "verdict", verdict: t };
          else if (t === "mark" || t === "dnat" || t === "snat" || t === "redirect") {
            // Loading the target (again) starts its data and option flags afresh.
            e.target = newTarget(t, true);
            ext.markFlags.clear();
          } else e.target = { kind: "jump", chain: t };
        } else if (c === "s" || c === "d") {
          once(c);
          const r = inverse(optarg);
          const m = parseMac(r.arg ?? "");
          if (!m) paramError(`Problem with specified ${c === "s" ? "source" : "destination"} mac '${r.arg}'`);
          m.inv = r.inv;
          if (c === "s") e.src = m;
          else e.dst = m;
        } else if (c === "c") {
          once("c");
          const r = inverse(optarg);
          if (r.inv) paramError("Unexpected '!' after -c");
          optarg = r.arg;
          if (g.optind >= argv.length || optarg![0] === "-" || argv[g.optind]![0] === "-") paramError("Option -c needs 2 arguments");
          if (!/^\d+$/.test(optarg!)) paramError(`Packet counter '${optarg}' invalid`);
          const b = argv[g.optind]!;
          if (!/^\d+$/.test(b)) paramError(`Packet counter '${b}' invalid`);
          counters = { pcnt: BigInt(optarg!), bcnt: BigInt(b) };
          g.optind++;
        } else {
          once("p");
          const r = inverse(optarg);
          const a = r.arg ?? "";
          const n = strtol16(a);
          if (n.whole && (n.value < 0 || n.value > 0xffff)) paramError("Problem with the specified protocol");
          let type: number | "LENGTH";
          if (!n.whole) {
            if (a.toLowerCase() === "length") {
              e.proto = { inv: r.inv, type: "LENGTH" };
              break;
            }
            const t = ethertypeByName(task, a);
            if (t === undefined) paramError(`Problem with the specified Ethernet protocol '${a}', perhaps /etc/ethertypes is missing`);
            type = t;
          } else type = n.value;
          if (type < 0x0600) paramError("Sorry, protocols have values above or equal to 0x0600");
          e.proto = { inv: r.inv, type };
        }
        break;
      }
      case 4: case 5: case 6: case 12: {
        const key = String(c);
        once(key);
        const name = c === 4 ? "--Lc" : c === 5 ? "--Ln" : c === 6 ? "--Lx" : "--Lmac2";
        if (command !== "L") paramError(`Use ${name} with -L`);
        if ((c === 5 && list.x) || (c === 6 && list.n)) paramError("--Lx is not compatible with --Ln");
        if (c === 4) list.c = true;
        if (c === 5) list.n = true;
        if (c === 6) list.x = true;
        break;
      }
      case 11: {
        if (restore) paramError("--init-table is not supported in daemon mode");
        const tb = res.table;
        res.commands.push((h) => h.tableFlush(tb));
        return res;
      }
      case 13:
      case "M":
        break;
      case 1:
        if (optarg === "!") {
          inverse(optarg);
          g.optind--;
          continue;
        }
        paramError(`Bad argument : '${optarg}'`);
        break;
      default: {
        if (typeof c === "string" && c.startsWith("ext:")) {
          const r = c === "ext:arp-gratuitous" || c === "ext:snat-arp" ? { inv: invert, arg: "" } : inverse(optarg);
          try {
            extParse(task, e, ext, c.slice(4), r.arg ?? "", r.inv);
          } catch (err) {
            if (!(err instanceof ExtDeclined)) throw err;
            paramError(`Unknown argument: '${argv[g.optind] ?? "(null)"}'`);
          }
          if (!["A", "I", "D", "C", "14"].includes(command)) paramError("Extensions only for -A, -I, -D and -C");
          break;
        }
        // ebt_command_default(): no extension claims the option.
        if (optarg === "!") inverse(optarg);
        const w = argv[g.optind];
        paramError(`Unknown argument: '${w ?? "(null)"}'`);
      }
    }
    invert = false;
  }

  if (command === "h" && !zero) {
    res.help ??= HELP;
    return res;
  }

  const tb = res.table;
  if (command === "P") {
    const ch = chain!;
    const pol = policy!;
    if (selected >= 6) res.commands.push((h) => h.userPolicy(tb, ch, pol as "ACCEPT" | "DROP" | "RETURN"));
    else {
      if (pol === "RETURN") paramError("Policy RETURN only allowed for user defined chains");
      res.commands.push((h) => h.chainSet(tb, ch, pol as "ACCEPT" | "DROP"));
    }
  } else if (command === "L") {
    const ch = chain;
    res.commands.push((h, out) => listRules(task, h, tb, ch, list.n, list.c, out));
  }
  if (zero) {
    const ch = chain;
    res.commands.push((h, out) => h.chainZero(tb, ch, verbose ? out : undefined));
  } else if (command === "F") {
    const ch = chain;
    res.commands.push((h, out) => h.ruleFlush(tb, ch, verbose ? out : undefined));
  } else if (command === "A" || command === "I" || command === "D" || command === "14") {
    extFinalCheck(e, ext);
    const ch = chain!;
    const entry = e;
    const jump = e.target.kind === "jump" ? e.target.chain : undefined;
    const check = (h: EbHandle) => {
      // nft_prepare(): assert_chain_exists() for the jump target.
      if (jump !== undefined && !h.findChain(tb, jump)) paramError(`Chain '${jump}' does not exist`);
      // nft_bridge_add_match(), when the rule is built.
      if (entry.matches?.some((m) => m.kind === "802_3") && entry.proto?.type !== "LENGTH")
        paramError("For 802.3 DSAP/SSAP filtering the protocol must be LENGTH");
    };
    // With -v the rule is printed as it is added (nft_rule_append/insert's verbose print).
    const shown = (out: string[]) => {
      if (verbose) out.push(ebRuleText(task, entry, { pcnt: 0n, bcnt: 0n }, {}));
    };
    if (command === "A") res.commands.push((h, out) => (check(h), shown(out), h.ruleAdd(tb, ch, entry, undefined, counters)));
    else if (command === "I") res.commands.push((h, out) => (check(h), shown(out), h.ruleAdd(tb, ch, entry, ruleNr - 1, counters)));
    else if (command === "14") res.commands.push((h) => (check(h), h.ruleCheck(tb, ch, entry)));
    else if (ruleNr) {
      const start = ruleNr;
      const end = ruleNrEnd;
      res.commands.push((h) => deleteRange(h, tb, ch, start, end));
    } else res.commands.push((h) => (check(h), h.ruleDelete(tb, ch, entry)));
  }
  return res;
}

function takePolicy(g: Getopt, argv: string[]): string {
  if (g.optind >= argv.length) paramError("No policy specified");
  const p = argv[g.optind]!;
  if (p === "CONTINUE") paramError(`Wrong policy '${p}'`);
  if (p !== "ACCEPT" && p !== "DROP" && p !== "RETURN") paramError(`Unknown policy '${p}'`);
  g.optind++;
  return p;
}

function parseRuleRange(s: string): [number, number] | undefined {
  const colon = s.indexOf(":");
  let start: number;
  let end: number;
  const num = (x: string) => {
    const n = strtol10(x);
    return n === undefined || n === 0 ? undefined : n;
  };
  if (colon >= 0) {
    const tail = s.slice(colon + 1);
    if (tail === "") end = -1;
    else {
      const n = num(tail);
      if (n === undefined) return undefined;
      end = n;
    }
    if (colon === 0) start = 1;
    else {
      const n = num(s.slice(0, colon));
      if (n === undefined) return undefined;
      start = n;
    }
    return [start, end];
  }
  const n = num(s);
  return n === undefined ? undefined : [n, n];
}

/** delete_entry() with a range: rule start..end (negative counts from the end), each deleted at its then-current position. */
function deleteRange(h: EbHandle, table: string, chain: string, start: number, end: number): void {
  const c = h.findChain(table, chain);
  if (!c) h.ruleDeleteNum(table, chain, 0);
  const len = c ? c.rules.length : 0;
  let s = start;
  let en = end;
  if (s < 0) s = len + s + 1;
  if (en < 0) en = len + en + 1;
  if (s > en) paramError("Problem with the specified rule number(s)");
  for (let i = s; i <= en; i++) h.ruleDeleteNum(table, chain, i - 1);
}

/** nft_cmd_rule_list() for the bridge: the table header, then each chain. */
function listRules(task: Task, h: EbHandle, table: string, chain: string | undefined, numbers: boolean, counters: boolean, out: string[]): void {
  const chains = h.listChains(table);
  const pick = chain === undefined ? chains : chains.filter((x) => x.chain.name === chain);
  if (chain !== undefined && !pick.length) xtError(OTHER_PROBLEM, `chain \`${chain}' in table \`${table}' is incompatible, use 'nft' tool.`);
  let s = `Bridge table: ${table}\n\n`;
  pick.forEach(({ chain: c }, i) => {
    if (i) s += "\n";
    s += `Bridge chain: ${c.name}, entries: ${c.rules.length}, policy: ${c.base ? c.base.policy : "RETURN"}\n`;
    c.rules.forEach((r, n) => {
      s += (numbers ? `${n + 1} ` : "") + ebRuleText(task, r.entry, r.counters, counters ? { counters: "list" } : {});
    });
  });
  out.push(s);
}

export { XtError };
