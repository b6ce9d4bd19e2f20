// nft(8) from nftables 1.0.6 (Debian 12), over the same nf_tables store
// iptables-nft uses (kernel/netfilter/nfnetlink.ts): list the rule set, its
// tables and chains in nft's syntax (render.ts), flush it, and load tables,
// chains and simple rules from the command line or a -f file (script.ts).
//
// Options: -v/--version, -f/--file FILE ("-" reads stdin), -a/--handle,
// -n/--numeric (priorities and protocols as numbers), -s/--stateless. Others
// are not accepted. The ip and ip6 families hold tables in the model, and bridge
// (the tables ebtables-nft makes, listed and deleted; nft cannot create them
// here, render-bridge.ts): the others list empty and refuse new tables ("Address family not supported"). Errors: a missing table or chain is "Error: No such file or
// directory" with the command and carets under the missing name, as nft
// prints them; a refused batch is "Error: Could not process rule: ERRNO".

import type { Program, ProgramContext } from "../../kernel/task/program.js";
import { nfnlTalk } from "../../kernel/netfilter/nfnetlink.js";
import { ERRNO, KernelError, strerror } from "../../uapi/errno.js";
import { NFPROTO_IPV4, NFPROTO_IPV6, type IptEntry, type XtOp, type XtTableDump } from "../../uapi/x_tables.js";
import { emptyIp } from "../iptables/parse.js";
import { chainText, chainsText, tableText, xtAsNative, type NftOutput } from "./render.js";
import { bridgeChainText, bridgeChainsText, bridgeTableText, bridgeWarning } from "./render-bridge.js";
import { ebtTalk } from "../../kernel/netfilter/ebtables/eb_netlink.js";
import type { EbtTable } from "../../uapi/ebtables.js";
import { parseCommands, SyntaxError, type Command, type Family } from "./script.js";
import { located, locatedPair, NftError, type Io } from "./io.js";
import { flushPending, nativeDump, newPending, queueNative, queueTableBlock, type Pending } from "./native-run.js";
import { nativeChainsText, nativeChainText, nativeMeters, nativeMetersText, nativeSetsText, nativeSetText, nativeTableText } from "./native-render.js";
import { xtTableDef } from "../../kernel/netfilter/x_tables.js";
import type { NftTableDump } from "../../uapi/nft_native.js";
import { chainJson, rulesJson, setJson, tableFullJson, tableJson, wrap } from "./native-json.js";
import { nftMonitor } from "./monitor.js";

const VERSION = "nftables v1.0.6 (Lester Gooch #5)\n";
const FAMILIES: Family[] = ["ip", "ip6"];
const nfproto = (f: Family) => (f === "ip6" ? NFPROTO_IPV6 : NFPROTO_IPV4);

/** Only the ip and ip6 families hold tables in the model. */
const stored = (f: Family): f is "ip" | "ip6" => f === "ip" || f === "ip6";

/** The bridge family lives in its own store (kernel/netfilter/ebtables), filled by ebtables-nft. */
function bridgeTables(ctx: ProgramContext): string[] {
  const r = ebtTalk(ctx.task, { kind: "list-tables" });
  if (r.kind === "error") throw new NftError(`Error: ${strerror(ERRNO[r.errors[0]!.errno as keyof typeof ERRNO] ?? 1)}\n`);
  return r.kind === "tables" ? r.names : [];
}

function bridgeDump(ctx: ProgramContext, name: string): EbtTable | undefined {
  const r = ebtTalk(ctx.task, { kind: "dump", table: name });
  return r.kind === "dump" ? r.table : undefined;
}

/** Deletes bridge tables in one batch. */
function bridgeCommit(ctx: ProgramContext, names: string[]): void {
  if (!names.length) return;
  const r = ebtTalk(ctx.task, { kind: "commit", ops: names.map((table) => ({ op: "deltable" as const, table })) });
  if (r.kind === "error") throw new NftError(`Error: Could not process rule: ${strerror(ERRNO[r.errors[0]!.errno as keyof typeof ERRNO] ?? 1)}\n`);
}

function tables(ctx: ProgramContext, f: Family): string[] {
  if (f === "bridge") return bridgeTables(ctx);
  if (!stored(f)) return [];
  const r = nfnlTalk(ctx.task, { kind: "list-tables", family: nfproto(f), nft: true });
  if (r.kind === "error") throw new NftError(`Error: ${strerror(ERRNO[r.errors[0]!.errno as keyof typeof ERRNO] ?? 1)}\n`);
  return r.kind === "tables" ? r.names : [];
}

function dump(ctx: ProgramContext, f: Family, name: string): XtTableDump | undefined {
  if (!stored(f)) return undefined;
  const r = nfnlTalk(ctx.task, { kind: "dump", family: nfproto(f), table: name, nft: true });
  return r.kind === "dump" ? r.table : undefined;
}

function commit(ctx: ProgramContext, f: Family, ops: XtOp[]): void {
  if (!ops.length) return;
  if (!stored(f)) throw new NftError("Error: Could not process rule: Address family not supported by protocol\n");
  const r = nfnlTalk(ctx.task, { kind: "commit", family: nfproto(f), ops, nft: true });
  if (r.kind === "error") throw new NftError(`Error: Could not process rule: ${strerror(ERRNO[r.errors[0]!.errno as keyof typeof ERRNO] ?? 1)}\n`);
}

/** A table of either store, or bridge's: what `list` walks, in the kernel's order (by table handle; bridge last). */
interface Listed {
  family: Family;
  name: string;
  handle: number;
  native?: NftTableDump;
}

function listed(ctx: ProgramContext, family?: Family): Listed[] {
  const out: Listed[] = [];
  for (const f of FAMILIES)
    if (!family || family === f) for (const n of tables(ctx, f)) out.push({ family: f, name: n, handle: dump(ctx, f, n)!.handle ?? 0 });
  for (const t of nativeDump(ctx)) if (!family || family === t.family) out.push({ family: t.family, name: t.name, handle: t.handle, native: t });
  out.sort((a, b) => a.handle - b.handle);
  if (!family || family === "bridge") for (const n of bridgeTables(ctx)) out.push({ family: "bridge", name: n, handle: Infinity });
  return out;
}

function findNative(ctx: ProgramContext, f: Family, name: string): NftTableDump | undefined {
  return nativeDump(ctx).find((t) => t.family === f && t.name === name);
}

/** A block the iptables store can hold: an ip/ip6 table of iptables' own with counter/verdict rules only. */
function oldBlock(c: Command & { kind: "add-table" }): boolean {
  if (!stored(c.family) || !xtTableDef(c.table.text) || c.sets.length) return false;
  return c.chains.every(
    (ch) =>
      (ch.hookName === undefined || ch.hook !== undefined) &&
      ch.rules.every((r) => r.every((s, i) => (s.k === "counter" && i === 0) || (s.k === "verdict" && i === r.length - 1 && s.v !== "continue"))),
  );
}

function addOldBlock(ctx: ProgramContext, c: Command & { kind: "add-table" }): void {
  const ops: XtOp[] = [{ op: "newtable", table: c.table.text }];
  for (const ch of c.chains) {
    ops.push({ op: "newchain", table: c.table.text, chain: ch.name.text, hook: ch.hook as never, policy: ch.policy });
    for (const r of ch.rules) {
      const v = r.find((s) => s.k === "verdict");
      const k = r.find((s) => s.k === "counter");
      const target: IptEntry["target"] =
        v?.k !== "verdict" ? { kind: "none" } : v.chain !== undefined ? { kind: "jump", chain: v.chain, goto: v.v === "goto" } : { kind: "verdict", verdict: v.v.toUpperCase() as "ACCEPT" };
      const entry: IptEntry = { ip: emptyIp(), matches: [], target };
      ops.push({ op: "newrule", table: c.table.text, chain: ch.name.text, entry, counters: k?.k === "counter" && (k.packets || k.bytes) ? { pcnt: k.packets, bcnt: k.bytes } : undefined });
    }
  }
  commit(ctx, c.family, ops);
}

function run(ctx: ProgramContext, io: Io, c: Command, p: Pending): void {
  // Native changes wait in the batch; anything else sends it first.
  if (c.kind === "n-table" || c.kind === "n-chain" || c.kind === "n-rule" || c.kind === "n-set" || c.kind === "n-elem" || c.kind === "n-flowtable") {
    if (c.kind === "n-table" && (c.verb === "delete" || c.verb === "add" || c.verb === "create") && (c.family === "bridge" ? bridgeDump(ctx, c.table.text) : stored(c.family) && dump(ctx, c.family, c.table.text))) {
      flushPending(ctx, io, p);
      if (c.verb === "create") throw located(io, c.table, "Could not process rule: File exists");
      if (c.verb === "add" || io.check) return;
      if (c.family === "bridge") bridgeCommit(ctx, [c.table.text]);
      else commit(ctx, c.family, [{ op: "deltable", table: c.table.text }]);
      return;
    }
    queueNative(io, p, c);
    return;
  }
  if (c.kind === "add-table") {
    if (oldBlock(c) && !findNative(ctx, c.family, c.table.text)) {
      flushPending(ctx, io, p);
      if (!io.check) addOldBlock(ctx, c);
    } else queueTableBlock(io, p, c.family, c.table, c.chains, c.sets);
    return;
  }
  flushPending(ctx, io, p);
  if (io.output.json && listJson(ctx, io, c)) return;
  switch (c.kind) {
    case "list-ruleset":
      for (const t of listed(ctx, c.family)) {
        if (t.native) io.out.push(nativeTableText(t.native, io.output));
        else if (t.family !== "bridge") io.out.push(tableText(t.family, dump(ctx, t.family, t.name)!, io.output));
        else {
          const b = bridgeDump(ctx, t.name)!;
          (io.warn ??= []).push([io.out.length, bridgeWarning(b, b.chains)]);
          io.out.push(bridgeTableText(b));
        }
      }
      return;
    case "list-tables":
      for (const t of listed(ctx, c.family)) io.out.push(`table ${t.family} ${t.name}\n`);
      return;
    case "list-chains":
      for (const t of listed(ctx, c.family))
        io.out.push(t.native ? nativeChainsText(t.native, io.output) : t.family === "bridge" ? bridgeChainsText(bridgeDump(ctx, t.name)!) : chainsText(t.family, dump(ctx, t.family, t.name)!, io.output));
      return;
    case "list-objects":
      if (c.tables)
        for (const t of listed(ctx, c.family))
          io.out.push(
            t.native && (c.what === "sets" || c.what === "maps") ? nativeSetsText(t.native, c.what === "maps", io.output) : t.native && c.what === "meters" ? nativeMetersText(t.native) : `table ${t.family} ${t.name} {\n}\n`,
          );
      return;
    case "list-set": {
      const n = findNative(ctx, c.family, c.table.text);
      if (!n) throw located(io, c.table, "No such file or directory");
      if (c.meter) {
        if (!nativeMeters(n).some((m) => m.name === c.name.text)) throw located(io, c.name, "No such file or directory");
        io.out.push(nativeMetersText(n, c.name.text));
        return;
      }
      const s = n.sets.find((x) => x.name === c.name.text && (x.data !== undefined) === c.isMap);
      if (!s) throw located(io, c.name, "No such file or directory");
      io.out.push(nativeSetText(n, s, io.output));
      return;
    }
    case "list-table": {
      if (c.family === "bridge" && bridgeDump(ctx, c.table.text)) {
        const b = bridgeDump(ctx, c.table.text)!;
        (io.warn ??= []).push([io.out.length, bridgeWarning(b, b.chains)]);
        io.out.push(bridgeTableText(b));
        return;
      }
      const t = dump(ctx, c.family, c.table.text);
      if (t) {
        io.out.push(tableText(c.family, t, io.output));
        return;
      }
      const n = findNative(ctx, c.family, c.table.text);
      if (!n) throw located(io, c.table, "No such file or directory");
      io.out.push(nativeTableText(n, io.output));
      return;
    }
    case "list-chain": {
      if (c.family === "bridge" && bridgeDump(ctx, c.table.text)) {
        const b = bridgeDump(ctx, c.table.text)!;
        const bc = b.chains.find((x) => x.name === c.chain.text);
        if (!bc) throw located(io, c.chain, "No such file or directory");
        (io.warn ??= []).push([io.out.length, bridgeWarning(b, [bc])]);
        io.out.push(bridgeChainText(b, bc));
        return;
      }
      const t = dump(ctx, c.family, c.table.text);
      if (t) {
        const ch = t.chains.find((x) => x.name === c.chain.text);
        if (!ch) throw located(io, c.chain, "No such file or directory");
        io.out.push(chainText(c.family, t, ch, io.output));
        return;
      }
      const n = findNative(ctx, c.family, c.table.text);
      if (!n) throw located(io, c.table, "No such file or directory");
      const ch = n.chains.find((x) => x.name === c.chain.text);
      if (!ch) throw located(io, c.chain, "No such file or directory");
      io.out.push(nativeChainText(n, ch, io.output));
      return;
    }
    case "flush-ruleset":
      if (io.check) return;
      for (const f of c.family ? [c.family] : FAMILIES) if (stored(f)) commit(ctx, f, tables(ctx, f).map((n) => ({ op: "deltable" as const, table: n })));
      for (const t of nativeDump(ctx)) if (!c.family || c.family === t.family) queueNative(io, p, { kind: "n-table", verb: "delete", family: t.family, table: { text: t.name, line: 1, col: 1, kind: "word" } });
      flushPending(ctx, io, p);
      if (!c.family || c.family === "bridge") bridgeCommit(ctx, bridgeTables(ctx));
      return;
  }
}

/** The table as nft's JSON reads it, of either store. */
function asNative(ctx: ProgramContext, t: Listed): NftTableDump | undefined {
  if (t.native) return t.native;
  const d = t.family === "bridge" ? undefined : dump(ctx, t.family, t.name);
  return d && xtAsNative(t.family, d);
}

/** `-j list ruleset|tables|table|chain` (native-json.ts); false for commands printed as text. */
function listJson(ctx: ProgramContext, io: Io, c: Command): boolean {
  const find = (f: Family, name: string) => listed(ctx, f).find((t) => t.name === name);
  switch (c.kind) {
    case "list-ruleset":
      io.out.push(wrap(listed(ctx, c.family).flatMap((t) => (asNative(ctx, t) ? tableFullJson(asNative(ctx, t)!) : []))));
      return true;
    case "list-tables":
      io.out.push(wrap(listed(ctx, c.family).map((t) => tableJson(t))));
      return true;
    case "list-table": {
      const t = find(c.family, c.table.text);
      const n = t && asNative(ctx, t);
      if (!n) throw located(io, c.table, "No such file or directory");
      io.out.push(wrap(tableFullJson(n)));
      return true;
    }
    case "list-chain": {
      const t = find(c.family, c.table.text);
      const n = t && asNative(ctx, t);
      if (!n) throw located(io, c.table, "No such file or directory");
      const ch = n.chains.find((x) => x.name === c.chain.text);
      if (!ch) throw located(io, c.chain, "No such file or directory");
      io.out.push(wrap([chainJson(n, ch), ...rulesJson(n, ch)]));
      return true;
    }
    case "list-set": {
      if (c.meter) return false;
      const n = findNative(ctx, c.family, c.table.text);
      if (!n) throw located(io, c.table, "No such file or directory");
      const s = n.sets.find((x) => x.name === c.name.text && (x.data !== undefined) === c.isMap);
      if (!s) throw located(io, c.name, "No such file or directory");
      io.out.push(wrap([setJson(n, s)]));
      return true;
    }
    case "list-objects":
      if (c.what !== "sets" && c.what !== "maps") return false;
      io.out.push(wrap(listed(ctx, c.family).flatMap((t) => (t.native ? t.native.sets.filter((s) => (s.data !== undefined) === (c.what === "maps")).map((s) => setJson(t.native!, s)) : []))));
      return true;
    default:
      return false;
  }
}

async function runSource(ctx: ProgramContext, io: Io): Promise<number> {
  try {
    const cmds = parseCommands(io.source, (path) => {
      try {
        return new TextDecoder().decode(ctx.task.host.fs.readFile(ctx.task, ctx.task.cwd, path));
      } catch {
        return undefined;
      }
    });
    const p = newPending(ctx);
    for (const c of cmds) run(ctx, io, c, p);
    flushPending(ctx, io, p);
    return 0;
  } catch (e) {
    if (e instanceof SyntaxError) {
      const tok = e.tok ?? { text: "", line: io.source.split("\n").length, col: (io.source.split("\n").pop() ?? "").length + 1, kind: "nl" as const };
      const at = { ...tok, text: tok.kind === "nl" ? " " : tok.text };
      io.err.push((e.lhs ? locatedPair(io, e.lhs, at, e.message) : located(io, at, e.message, e.to)).message);
      return 1;
    }
    if (e instanceof NftError) {
      io.err.push(e.message);
      return 1;
    }
    throw e;
  }
}

export const nftMain: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  // nft_options_check(): an option after the first command word is an error, the command line echoed with marks.
  let skip = false;
  let nonoption = false;
  let pos = 0;
  for (let k = 1; k < ctx.argv.length; k++) {
    pos += ctx.argv[k - 1]!.length + 1;
    const a = ctx.argv[k]!;
    if (!a.startsWith("-")) {
      if (!skip) nonoption = true;
      skip = false;
      continue;
    }
    if (skip) {
      skip = false;
      continue;
    }
    if (nonoption) {
      await ctx.stderr.write(`Error: syntax error, options must be specified before commands\n${ctx.argv.map((x) => `${x} `).join("")}`);
      await ctx.stdout.write(`\n   ^${"~~".padStart(pos - 2)}\n`);
      return 1;
    }
    if (/^-[fIDd]$/.test(a) || a === "--file" || a === "--includepath" || a === "--define" || a === "--debug") skip = true;
  }
  let file: string | undefined;
  let check = false;
  const output: NftOutput = {};
  const LONG_FLAGS: Record<string, keyof NftOutput> = { "--handle": "handle", "--numeric": "numeric", "--stateless": "stateless", "--json": "json" };
  const SHORT_FLAGS: Record<string, keyof NftOutput> = { a: "handle", n: "numeric", s: "stateless", j: "json" };
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-v" || a === "--version") {
      await ctx.stdout.write(VERSION);
      return 0;
    }
    if (LONG_FLAGS[a]) {
      output[LONG_FLAGS[a]] = true;
      continue;
    }
    // Clustered short flags (-an); -v among them prints the version at once.
    if (a === "--check") {
      check = true;
      continue;
    }
    if (/^-[ansvcj]+$/.test(a)) {
      for (const ch of a.slice(1)) {
        if (ch === "c") {
          check = true;
          continue;
        }
        if (ch === "v") {
          await ctx.stdout.write(VERSION);
          return 0;
        }
        output[SHORT_FLAGS[ch]!] = true;
      }
      continue;
    }
    if (a === "-f" || a === "--file") {
      file = args[++i];
      if (file === undefined) {
        await ctx.stderr.write("nft: option requires an argument -- 'f'\n");
        return 1;
      }
      continue;
    }
    if (a === "-V") {
      // -V: the version and how this build was configured (Debian 12's nftables 1.0.6).
      await ctx.stdout.write(`${VERSION}  cli:\t\teditline\n  json:\t\tyes\n  minigmp:\tno\n  libxtables:\tyes\n`);
      return 0;
    }
    if (a === "-i" || a === "--interactive") {
      file = "-";
      continue;
    }
    if (a.startsWith("--")) {
      await ctx.stderr.write(`nft: unrecognized option '${a}'\n`);
      return 1;
    }
    if (a.startsWith("-") && a !== "-") {
      await ctx.stderr.write(`nft: invalid option -- '${a[1]}'\n`);
      return 1;
    }
    break;
  }
  const io: Io = { out: [], err: [], source: "", output, check };
  let status: number;
  if (file !== undefined) {
    if (file === "-") io.source = await ctx.stdin.readAll();
    else {
      try {
        io.source = new TextDecoder().decode(ctx.task.host.fs.readFile(ctx.task, ctx.task.cwd, file));
      } catch (e) {
        const msg = e instanceof KernelError ? strerror(e.errno) : String(e);
        await ctx.stderr.write(`internal:0:0-0: Error: Could not open file "${file}": ${msg}\n\n\n`);
        return 1;
      }
    }
    io.file = file === "-" ? "/dev/stdin" : file;
    status = await runSource(ctx, io);
  } else {
    const rest = args.slice(i);
    if (!rest.length) {
      await ctx.stderr.write("nft: no command specified\n");
      return 1;
    }
    if (rest[0] === "monitor") {
      try {
        return await nftMonitor(ctx, rest.slice(1));
      } catch (e) {
        if (!(e instanceof NftError)) throw e;
        await ctx.stderr.write(e.message);
        return 1;
      }
    }
    // nft_run_cmd_from_buffer() ends the buffer with a newline: a command cut short meets it.
    io.source = `${rest.join(" ")}\n`;
    status = await runSource(ctx, io);
  }
  // Warnings go out between the tables (nft prints each table as it goes).
  let from = 0;
  for (const [at, text] of io.warn ?? []) {
    if (!text) continue;
    if (at > from) await ctx.stdout.write(io.out.slice(from, at).join(""));
    from = Math.max(from, at);
    await ctx.stderr.write(text);
  }
  if (io.out.length > from) await ctx.stdout.write(io.out.slice(from).join(""));
  if (io.err.length) await ctx.stderr.write(io.err.join(""));
  return status;
};
