// `iptables` (iptables/xtables-standalone.c xtables_main, xtables.c
// do_commandx): parse the command line, check the table, run the command
// against the nft handle, commit, and word errors as the real tool does.
// Also the pieces iptables-restore shares: building rules from a parse and
// executing one parsed command.

import type { ProgramContext } from "../../kernel/task/program.js";
import type { Task } from "../../kernel/task/task.js";
import { xtTableDef } from "../../kernel/netfilter/x_tables.js";
import { IPT_F_GOTO, type IptEntry, type XtCounters, type XtEntryTarget } from "../../uapi/x_tables.js";
import { type XtTcp, type XtUdp } from "../../uapi/xt_ext.js";
import { OTHER_PROBLEM, VERSION_PROBLEM, XtError, paramError, renderError, xtError } from "./errors.js";
import { STANDARD_TARGETS } from "./ext/index.js";
import { NftError, NftHandle, nftStrerror } from "./nft.js";
import {
  CMD_APPEND,
  CMD_CHECK,
  CMD_DELETE,
  CMD_DELETE_CHAIN,
  CMD_DELETE_NUM,
  CMD_FLUSH,
  CMD_INSERT,
  CMD_LIST,
  CMD_LIST_RULES,
  CMD_NEW_CHAIN,
  CMD_NONE,
  CMD_RENAME_CHAIN,
  CMD_REPLACE,
  CMD_SET_POLICY,
  CMD_ZERO,
  CMD_ZERO_NUM,
  OPT_COUNTERS,
  OPT_EXPANDED,
  OPT_LINENUMBERS,
  OPT_NUMERIC,
  OPT_VERBOSE,
  VersionRequest,
  doParse,
  type ExtInst,
  type ParsedArgs,
} from "./parse.js";
import { FMT_C_COUNTS, FMT_KILOMEGAGIGA, FMT_LINENUMBERS, FMT_NOCOUNTS, FMT_NUMERIC, FMT_OPTIONS, FMT_PRINT_RULE, FMT_VIA, listNames, printHeader, printRule, saveRule } from "./print.js";
import { getnetbyaddr, reverseResolve } from "../lib/nss/resolve.js";
import { formatIp6 } from "../../wire/addr.js";
import { fmtIp } from "./netdb.js";
import { helpText } from "./help.js";
import { takeExtWarnings } from "./ext/warnings.js";
import { resolveAddressArgs } from "./resolve-args.js";

export const VERSION = "1.8.9 (nf_tables)";

/** Output as stdio does it: stderr at once, stdout held until exit (a pipe is fully buffered). */
export class Stdio {
  private out = "";
  constructor(private ctx: ProgramContext) {}
  async stdout(s: string): Promise<void> {
    if (this.ctx.stdout.isTTY) await this.ctx.stdout.write(s);
    else this.out += s;
  }
  async stderr(s: string): Promise<void> {
    await this.ctx.stderr.write(s);
  }
  async flush(): Promise<void> {
    const o = this.out;
    this.out = "";
    if (o) await this.ctx.stdout.write(o);
  }
}

function extTarget(inst: ExtInst): XtEntryTarget {
  return { kind: "ext", name: inst.ext.realName ?? inst.ext.name, revision: inst.ext.revision, data: inst.data };
}

/** nft_rule_new() for each source/destination pair; the nft backend's own checks included. */
export function buildEntries(p: ParsedArgs): IptEntry[] {
  const matches = p.matches.map((m) => {
    if (m.ext.name === "tcp" || m.ext.name === "udp") {
      const d = m.data as XtTcp | XtUdp;
      const zero =
        d.spts[0] === 0 && d.spts[1] === 0xffff && d.dpts[0] === 0 && d.dpts[1] === 0xffff && d.invflags === 0 && (!("flgMask" in d) || (d.flgMask === 0 && d.option === 0));
      const proto = m.ext.name === "tcp" ? 6 : 17;
      if (!zero && !("option" in d && d.option) && p.ip.proto !== proto) paramError(`${m.ext.name.toUpperCase()} match requires '-p ${m.ext.name}'`);
    }
    return { name: m.ext.realName ?? m.ext.name, revision: m.ext.revision, data: m.data };
  });
  let target: XtEntryTarget;
  if (p.target) target = extTarget(p.target);
  else if (p.jumpto === "") target = { kind: "none" };
  else if (STANDARD_TARGETS.includes(p.jumpto) && p.jumpto !== "QUEUE") target = { kind: "verdict", verdict: p.jumpto as "ACCEPT" | "DROP" | "RETURN" };
  else target = { kind: "jump", chain: p.jumpto, goto: p.goto };
  const out: IptEntry[] = [];
  for (const s of p.src)
    for (const d of p.dst) {
      const ip = { ...p.ip, src: s.addr, smsk: s.mask, dst: d.addr, dmsk: d.mask };
      if (s.a6 !== undefined && d.a6 !== undefined) ip.ip6 = { src: s.a6, smsk: s.m6!, dst: d.a6, dmsk: d.m6! };
      if (target.kind !== "jump" || !p.goto) ip.flags &= ~IPT_F_GOTO;
      out.push({ ip, matches, target });
    }
  return out;
}

function counters(p: ParsedArgs): XtCounters | undefined {
  return p.options & OPT_COUNTERS ? { pcnt: p.pcnt, bcnt: p.bcnt } : undefined;
}

/** assert_chain_exists(): a -j/-g to a chain that is neither built in nor known. */
function assertChainExists(h: NftHandle, table: string, e: IptEntry): void {
  if (e.target.kind !== "jump") return;
  const name = e.target.chain;
  if (h.builtinChainName(table, name) !== undefined || h.findChain(table, name)) return;
  paramError(`Chain '${name}' does not exist`);
}

/**
 * Runs one parsed command against the handle. Throws NftError (worded by
 * nft_strerror) or XtError. Output goes to `out` (stdout text).
 */
export function runCommand(h: NftHandle, task: Task, p: ParsedArgs, out: string[]): void {
  const table = p.table;
  const chain = p.chain!;
  const verbose = (p.options & OPT_VERBOSE) !== 0;
  const printV = (e: IptEntry) => out.push(printRule(task, e, { pcnt: 0n, bcnt: 0n }, 0, FMT_PRINT_RULE));
  switch (p.command) {
    case CMD_APPEND:
      for (const e of buildEntries(p)) {
        assertChainExists(h, table, e);
        h.ruleAppend(table, chain, e, counters(p));
        if (verbose) printV(e);
      }
      break;
    case CMD_INSERT:
      for (const e of buildEntries(p)) {
        assertChainExists(h, table, e);
        h.ruleInsert(table, chain, e, p.rulenum - 1, counters(p));
        if (verbose) printV(e);
      }
      break;
    case CMD_REPLACE:
      for (const e of buildEntries(p)) {
        assertChainExists(h, table, e);
        h.ruleReplace(table, chain, e, p.rulenum - 1, counters(p));
        if (verbose) printV(e);
      }
      break;
    case CMD_DELETE:
      for (const e of buildEntries(p)) {
        assertChainExists(h, table, e);
        const r = h.ruleDelete(table, chain, e);
        if (verbose) printV(r.entry);
      }
      break;
    case CMD_DELETE_NUM:
      h.ruleDeleteNum(table, chain, p.rulenum - 1);
      break;
    case CMD_CHECK:
      for (const e of buildEntries(p)) {
        assertChainExists(h, table, e);
        const r = h.ruleCheck(table, chain, e);
        if (verbose) printV(r.entry);
      }
      break;
    case CMD_FLUSH:
      h.ruleFlush(table, p.chain, verbose, out);
      break;
    case CMD_ZERO:
      h.chainZero(table, p.chain, verbose, out);
      break;
    case CMD_ZERO_NUM:
      h.ruleZero(table, chain, p.rulenum - 1);
      break;
    case CMD_LIST:
    case CMD_LIST | CMD_ZERO:
    case CMD_LIST | CMD_ZERO_NUM: {
      let format = FMT_OPTIONS;
      if (!verbose) format |= FMT_NOCOUNTS;
      else format |= FMT_VIA;
      if (p.options & OPT_NUMERIC) format |= FMT_NUMERIC;
      if (!(p.options & OPT_EXPANDED)) format |= FMT_KILOMEGAGIGA;
      if (p.options & OPT_LINENUMBERS) format |= FMT_LINENUMBERS;
      listRules(h, task, table, p.chain, p.rulenum, format, out);
      if (p.command & CMD_ZERO) h.chainZero(table, p.chain, verbose, out);
      if (p.command & CMD_ZERO_NUM) h.ruleZero(table, chain, p.rulenum - 1);
      break;
    }
    case CMD_LIST_RULES:
    case CMD_LIST_RULES | CMD_ZERO:
    case CMD_LIST_RULES | CMD_ZERO_NUM:
      listRulesSave(h, table, p.chain, p.rulenum, verbose, out);
      if (p.command & CMD_ZERO) h.chainZero(table, p.chain, verbose, out);
      if (p.command & CMD_ZERO_NUM) h.ruleZero(table, chain, p.rulenum - 1);
      break;
    case CMD_NEW_CHAIN:
      h.chainUserAdd(table, chain);
      break;
    case CMD_DELETE_CHAIN:
      h.chainDel(table, p.chain, verbose, out);
      break;
    case CMD_RENAME_CHAIN:
      h.chainRename(table, chain, p.newname!);
      break;
    case CMD_SET_POLICY:
      // -P takes no counters from the command line (nft_cmd_chain_set(..., NULL)), but the batch is
      // prepared with the command's own, zeroed, counters (nft_chain_set(..., &cmd->counters)): setting
      // a policy, even the same one, resets that chain's policy counters.
      h.chainSet(table, chain, p.policy!, { pcnt: 0n, bcnt: 0n });
      break;
    case CMD_NONE:
      break;
  }
}

/** nft_assert_table_compatible() for a table that is compatible but tainted. */
function taintNote(h: NftHandle, table: string, out: string[]): void {
  if (h.table(table).tainted) out.push(`# Table \`${table}' contains incompatible base-chains, use 'nft' tool to list them.\n`);
}

/** nft_assert_table_compatible(): the one chain named (which must exist), else every chain of the table. */
function assertCompatible(h: NftHandle, table: string, chain: string | undefined): void {
  if (chain !== undefined) {
    const c = h.findChain(table, chain) ?? h.table(table).base.find((x) => x?.name === chain);
    if (!c || c.incompatible) xtError(OTHER_PROBLEM, `chain \`${chain}' in table \`${table}' is incompatible, use 'nft' tool.`);
  } else if (!h.tableCompatible(table)) xtError(OTHER_PROBLEM, `table \`${table}' is incompatible, use 'nft' tool.`);
}

function chainOf(h: NftHandle, table: string, chain: string) {
  return h.table(table).base.find((c) => c?.name === chain) ?? h.findChain(table, chain);
}

/**
 * -L without -n: the addresses the listing will name, looked up in the order it asks for them
 * (xtables_ipaddr_to_anyname: gethostbyaddr, then getnetbyaddr, else numeric; IPv6: getnameinfo).
 * A listing that fails here fails again, with its message, in runCommand.
 */
async function lookUpListedNames(h: NftHandle, task: Task, p: ParsedArgs): Promise<void> {
  if (!(p.command & CMD_LIST) || p.options & OPT_NUMERIC) return;
  const record: Array<number | bigint> = [];
  listNames.record = record;
  try {
    listRules(h, task, p.table, p.chain, p.rulenum, FMT_OPTIONS, []);
  } catch {
    return;
  } finally {
    listNames.record = undefined;
    // What the extensions' printers warned about is said once, by the listing that prints.
    takeExtWarnings(task);
  }
  const answers: string[] = [];
  for (const a of record) {
    const host = await reverseResolve(task, a);
    answers.push(host ?? (typeof a === "number" ? ((await getnetbyaddr(task, a)) ?? fmtIp(a)) : formatIp6(a)));
  }
  listNames.answers = answers;
}

/** nft_rule_list() */
function listRules(h: NftHandle, task: Task, table: string, chain: string | undefined, rulenum: number, format: number, out: string[]): void {
  h.fakeBuiltins(table, chain);
  assertCompatible(h, table, chain);
  taintNote(h, table, out);
  const one = (c: NonNullable<ReturnType<typeof chainOf>>, header: boolean) => {
    if (header) out.push(printHeader(format, c.name, c.base?.policy, c.base?.counters ?? { pcnt: 0n, bcnt: 0n }, c.refs));
    if (rulenum > 0) {
      const r = c.rules[rulenum - 1];
      if (r) out.push(printRule(task, r.entry, r.counters, rulenum, format));
      return;
    }
    c.rules.forEach((r, i) => out.push(printRule(task, r.entry, r.counters, i + 1, format)));
  };
  if (chain !== undefined) {
    const c = chainOf(h, table, chain)!;
    one(c, rulenum === 0);
    return;
  }
  let first = true;
  for (const c of h.chains(table, true)) {
    if (!first) out.push("\n");
    first = false;
    one(c, true);
  }
}

/** nft_rule_list_save(): -S */
function listRulesSave(h: NftHandle, table: string, chain: string | undefined, rulenum: number, counters: boolean, out: string[]): void {
  h.fakeBuiltins(table, chain);
  assertCompatible(h, table, chain);
  taintNote(h, table, out);
  const format = counters ? FMT_C_COUNTS : FMT_NOCOUNTS;
  const head = (c: NonNullable<ReturnType<typeof chainOf>>) => {
    if (!c.base) out.push(`-N ${c.name}\n`);
    else out.push(`-P ${c.name} ${c.base.policy}${counters ? ` -c ${c.base.counters.pcnt} ${c.base.counters.bcnt}` : ""}\n`);
  };
  const rules = (c: NonNullable<ReturnType<typeof chainOf>>) => {
    if (rulenum > 0) {
      const r = c.rules[rulenum - 1];
      if (r) out.push(`-A ${c.name}${saveRule(r.entry, r.counters, format, h.task)}`);
      return;
    }
    for (const r of c.rules) out.push(`-A ${c.name}${saveRule(r.entry, r.counters, format, h.task)}`);
  };
  if (chain !== undefined) {
    const c = chainOf(h, table, chain)!;
    if (!rulenum) head(c);
    rules(c);
    return;
  }
  const all = h.chains(table, true);
  for (const c of all) head(c);
  for (const c of all) rules(c);
}

export interface MainOpts {
  prog: string;
  /** 6 for ip6tables. */
  family?: 4 | 6;
}

/** xtables_main() */
export async function iptablesMain(ctx: ProgramContext, opts: MainOpts): Promise<number> {
  const io = new Stdio(ctx);
  const errCtx = { prog: opts.prog, version: VERSION, line: -1 };
  const out: string[] = [];
  const warnings: string[] = [];
  const flushWarnings = async () => {
    // Parse warnings, then what extensions said while listing (ext/warnings.ts).
    for (const w of [...warnings.splice(0), ...takeExtWarnings(ctx.task)]) await io.stderr(w);
  };
  try {
    if (opts.family !== 6) await resolveAddressArgs(ctx.task, ctx.argv);
    const p = doParse(ctx.argv, {
      task: ctx.task,
      prog: opts.prog,
      family: opts.family,
      restore: false,
      table: "filter",
      warnings,
      help: (matches, target, jumpto) => {
        throw new HelpRequest(helpText(opts.prog, VERSION, matches, target, jumpto));
      },
    });
    await flushWarnings();
    if (!xtTableDef(p.table)) xtError(VERSION_PROBLEM, `table '${p.table}' does not exist`);
    const h = new NftHandle(ctx.task, opts.family);
    await lookUpListedNames(h, ctx.task, p);
    try {
      runCommand(h, ctx.task, p, out);
    } finally {
      listNames.answers = undefined;
    }
    h.commit(opts.prog, VERSION);
    await flushWarnings();
    await io.stdout(out.join(""));
    await io.flush();
    return 0;
  } catch (e) {
    await flushWarnings();
    if (e instanceof HelpRequest) {
      await io.stdout(e.text);
      await io.flush();
      return 0;
    }
    if (e instanceof VersionRequest) {
      await io.stdout(e.invert ? `Not ${VERSION} ;-)\n` : `${opts.prog} v${VERSION}\n`);
      await io.flush();
      return 0;
    }
    if (e instanceof NftError) {
      await io.stderr(`${opts.prog}: ${nftStrerror(e.fn, e.errno)}.${e.errno === "EINVAL" ? " Run `dmesg' for more information." : ""}\n`);
      await io.stdout(out.join(""));
      await io.flush();
      return e.errno === "EAGAIN" ? 4 : 1;
    }
    if (e instanceof XtError) {
      await io.stderr(renderError(e, errCtx));
      await io.stdout(out.join(""));
      await io.flush();
      return e.status;
    }
    throw e;
  }
}

export class HelpRequest extends Error {
  constructor(readonly text: string) {
    super("help");
  }
}
