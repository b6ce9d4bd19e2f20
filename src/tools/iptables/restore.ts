// iptables-restore (iptables/xtables-restore.c): "*table" starts a table
// (flushing it unless --noflush), ":CHAIN POLICY [p:b]" sets a built-in
// chain's policy or creates/flushes a user chain, other lines are iptables
// commands (with optional "[p:b]" counters first), "COMMIT" applies the
// table's batch (--test: discards it). Commands are queued and run at COMMIT,
// as nft_prepare() does, so a failing command is reported at its own line
// ("iptables-restore: line 3 failed: Bad rule ...") only once its table is
// committed; a parse error stops at once with "Error occurred at line: N".

import type { ProgramContext } from "../../kernel/task/program.js";
import { xtTableDef } from "../../kernel/netfilter/x_tables.js";
import { KernelError, strerror } from "../../uapi/errno.js";
import { PARAMETER_PROBLEM, XtError, renderError } from "./errors.js";
import { NftError, NftHandle, nftStrerror } from "./nft.js";
import { VersionRequest, assertValidChainName, doParse } from "./parse.js";
import { HelpRequest, Stdio, VERSION, runCommand } from "./xtables.js";

const USAGE = (n: string) =>
  `Usage: ${n} [-c] [-v] [-V] [-t] [-h] [-n] [-T table] [-M command] [-4] [-6] [file]\n` +
  "\t   [ --counters ]\n\t   [ --verbose ]\n\t   [ --version]\n\t   [ --test ]\n\t   [ --help ]\n\t   [ --noflush ]\n" +
  "\t   [ --table=<TABLE> ]\n\t   [ --modprobe=<command> ]\n\t   [ --ipv4 ]\n\t   [ --ipv6 ]\n";

/** add_param_to_argv(): split a rule line, honouring double quotes and backslash escapes inside them. */
export function splitRuleLine(text: string): string[] {
  const out: string[] = [];
  let cur = "";
  let have = false;
  let quote = false;
  let escaped = false;
  for (const ch of text) {
    if (quote) {
      if (escaped) {
        cur += ch;
        escaped = false;
        continue;
      }
      if (ch === "\\") {
        escaped = true;
        continue;
      }
      if (ch === '"') {
        quote = false;
        have = true;
        continue;
      }
      cur += ch;
      continue;
    }
    if (ch === '"') {
      quote = true;
      have = true;
      continue;
    }
    if (ch === " " || ch === "\t" || ch === "\n") {
      if (cur.length || have) out.push(cur);
      cur = "";
      have = false;
      continue;
    }
    cur += ch;
  }
  if (cur.length) out.push(cur);
  return out;
}

interface Queued {
  line: number;
  run: () => void;
}

export async function iptablesRestoreMain(ctx: ProgramContext, prog: string): Promise<number> {
  const io = new Stdio(ctx);
  const argv = ctx.argv;
  let counters = false;
  let verbose = 0;
  let testing = false;
  let noflush = false;
  let tablename: string | undefined;
  const longs: [string, string, 0 | 1 | 2][] = [
    ["counters", "c", 0], ["verbose", "v", 0], ["version", "V", 0], ["test", "t", 0], ["help", "h", 0], ["noflush", "n", 0],
    ["modprobe", "M", 1], ["table", "T", 1], ["ipv4", "4", 0], ["ipv6", "6", 0], ["wait", "w", 2], ["wait-interval", "W", 2],
  ];
  const bad = async () => {
    await io.stderr(`Try \`${prog} -h' for more information.\n`);
    return 1;
  };
  const files: string[] = [];
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      i++;
      break;
    }
    const opts: { c: string; val?: string }[] = [];
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = a.slice(2, eq >= 0 ? eq : undefined);
      const hits = longs.filter(([n]) => n.startsWith(name));
      const hit = longs.find(([n]) => n === name) ?? (hits.length === 1 ? hits[0] : undefined);
      if (!hit) {
        await io.stderr(hits.length > 1 ? `${prog}: option '${a}' is ambiguous\n` : `${prog}: unrecognized option '${a}'\n`);
        return bad();
      }
      let val: string | undefined = eq >= 0 ? a.slice(eq + 1) : undefined;
      if (hit[2] === 1 && val === undefined) {
        val = argv[++i];
        if (val === undefined) {
          await io.stderr(`${prog}: option '--${hit[0]}' requires an argument\n`);
          return bad();
        }
      }
      if (hit[2] === 2 && val === undefined && argv[i + 1] !== undefined && !/^[-!]/.test(argv[i + 1]!)) i++;
      opts.push({ c: hit[1], val });
    } else if (a.startsWith("-") && a.length > 1) {
      for (let k = 1; k < a.length; k++) {
        const c = a[k]!;
        if (c === "M" || c === "T") {
          const val = k + 1 < a.length ? a.slice(k + 1) : argv[++i];
          if (val === undefined) {
            await io.stderr(`${prog}: option requires an argument -- '${c}'\n`);
            return bad();
          }
          opts.push({ c, val });
          break;
        }
        if (!"bcvVthnwW".includes(c)) {
          await io.stderr(`${prog}: invalid option -- '${c}'\n`);
          return bad();
        }
        opts.push({ c });
        if ((c === "w" || c === "W") && k === a.length - 1 && argv[i + 1] !== undefined && !/^[-!]/.test(argv[i + 1]!)) i++;
      }
    } else {
      files.push(a);
      continue;
    }
    for (const o of opts) {
      switch (o.c) {
        case "b":
          await io.stderr("-b/--binary option is not implemented\n");
          break;
        case "c":
          counters = true;
          break;
        case "v":
          verbose++;
          break;
        case "V":
          await io.stdout(`${prog} v${VERSION}\n`);
          await io.flush();
          return 0;
        case "t":
          testing = true;
          break;
        case "h":
          await io.stderr(USAGE(prog));
          return 0;
        case "n":
          noflush = true;
          break;
        case "T":
          tablename = o.val;
          break;
      }
    }
  }
  files.push(...argv.slice(i));
  let input: string;
  if (files.length === 1) {
    try {
      input = new TextDecoder().decode(ctx.task.host.fs.readFile(ctx.task, ctx.task.cwd, files[0]!));
    } catch (e) {
      const msg = e instanceof KernelError ? strerror(e.errno) : String(e);
      await io.stderr(`Can't open ${files[0]}: ${msg}\n`);
      return 1;
    }
  } else if (files.length > 1) {
    await io.stderr("Unknown arguments found on commandline\n");
    return 1;
  } else input = await ctx.stdin.readAll();

  const family = prog.startsWith("ip6") ? 6 : 4;
  const h = new NftHandle(ctx.task, family);
  const out: string[] = [];
  let curtable: string | undefined;
  let inTable = false;
  let queue: Queued[] = [];
  let line = 0;
  const errCtx = { prog, version: VERSION, line: -1 };

  const fail = async (ln: number, e: NftError): Promise<number> => {
    await io.stderr(`${prog}: line ${ln} failed: ${nftStrerror(e.fn, e.errno)}.\n`);
    await io.stdout(out.join(""));
    await io.flush();
    return 1;
  };

  /** COMMIT: run the queued commands (nft_prepare), then send the batch (or drop it for --test). */
  const commit = (): NftError | { line: number; e: NftError } | undefined => {
    if (testing) {
      // --test: nft_abort() without preparing, so queued commands are never checked.
      queue = [];
      h.batch.length = 0;
      h.flushCache();
      return undefined;
    }
    for (const q of queue) {
      h.line = q.line;
      try {
        q.run();
      } catch (e) {
        if (e instanceof NftError) return { line: q.line, e };
        throw e;
      }
    }
    queue = [];
    if (testing) {
      h.batch.length = 0;
      h.flushCache();
      return undefined;
    }
    h.commit(prog, VERSION);
    return undefined;
  };

  try {
    const lines = input.split("\n");
    if (lines.length && lines[lines.length - 1] === "") lines.pop();
    for (const raw of lines) {
      line++;
      errCtx.line = line;
      const buf = raw;
      if (buf === "") continue;
      if (buf[0] === "#") {
        if (verbose) out.push(buf + "\n");
        continue;
      }
      if (inTable && buf.startsWith("COMMIT") && buf.length === 6) {
        const r = commit();
        if (r && "line" in r) return fail(r.line, r.e);
        inTable = false;
        continue;
      }
      if (buf[0] === "*" && !inTable) {
        const table = buf.slice(1).split(/[ \t]/).filter(Boolean)[0];
        if (!table) throw new XtError(PARAMETER_PROBLEM, `${prog}: line ${line} table name invalid`);
        if (!xtTableDef(table)) throw new XtError(PARAMETER_PROBLEM, `${prog}: line ${line} table name '${table}' invalid`);
        curtable = table;
        if (tablename && tablename !== table) continue;
        if (!noflush) {
          const t = table;
          // nft_cmd_table_flush(): verbose, it is -F then -X of the table, each chain named.
          if (verbose)
            queue.push({
              line,
              run: () => {
                h.ruleFlush(t, undefined, true, out);
                h.chainDel(t, undefined, true, out);
              },
            });
          else queue.push({ line, run: () => h.tableFlush(t) });
        }
        inTable = true;
        continue;
      }
      if (buf[0] === ":" && inTable) {
        const toks = buf.slice(1).split(/[ \t]+/).filter(Boolean);
        const chain = toks[0];
        if (!chain) throw new XtError(PARAMETER_PROBLEM, `${prog}: line ${line} chain name invalid`);
        assertValidChainName(chain);
        const policy = toks[1];
        if (!policy) throw new XtError(PARAMETER_PROBLEM, `${prog}: line ${line} policy invalid`);
        const table = curtable!;
        const ln = line;
        if (h.builtinChainName(table, chain) !== undefined) {
          let count = { pcnt: 0n, bcnt: 0n };
          if (counters) {
            const m = /^\[(\d+):(\d+)\]/.exec(toks[2] ?? "");
            if (!m) throw new XtError(PARAMETER_PROBLEM, `invalid policy counters for chain '${chain}'`);
            count = { pcnt: BigInt(m[1]!), bcnt: BigInt(m[2]!) };
          }
          queue.push({ line: ln, run: () => h.chainSet(table, chain, policy, count) });
        } else queue.push({ line: ln, run: () => h.chainRestore(table, chain) });
        continue;
      }
      if (inTable) {
        let rest = buf;
        const words: string[] = [prog, "-t", curtable!];
        if (!noflush) for (let k = 0; k < verbose; k++) words.push("-v");
        if (rest[0] === "[") {
          // tokenize_rule_counters(): strtok on ":" then on "]" from just after "[".
          const close = rest.indexOf("]");
          if (close < 0) throw new XtError(PARAMETER_PROBLEM, `Bad line ${line}: need ]`);
          const body = rest.slice(1).replace(/^:+/, "");
          if (body === "") throw new XtError(PARAMETER_PROBLEM, `Bad line ${line}: need :`);
          const colon = body.indexOf(":");
          if (colon < 0) throw new XtError(PARAMETER_PROBLEM, `Bad line ${line}: need ]`);
          const pcnt = body.slice(0, colon);
          const after = body.slice(colon + 1).replace(/^\]+/, "");
          const end = after.indexOf("]");
          const bcnt = end >= 0 ? after.slice(0, end) : after;
          if (bcnt === "") throw new XtError(PARAMETER_PROBLEM, `Bad line ${line}: need ]`);
          if (counters) words.push("--set-counters", pcnt, bcnt);
          rest = rest.slice(close + 1);
        }
        words.push(...splitRuleLine(rest));
        const warnings: string[] = [];
        let p;
        try {
          p = doParse(words, {
            task: ctx.task,
            prog,
            family,
            restore: true,
            table: curtable!,
            line,
            warnings,
            help: () => {
              throw new HelpRequest("");
            },
          });
        } finally {
          for (const w of warnings) await io.stderr(w);
        }
        if (p.ignored) continue;
        const ln = line;
        queue.push({ line: ln, run: () => runCommand(h, ctx.task, p, out) });
        continue;
      }
      // A line outside a table: ignored while skipping a table other than --table's.
      if (tablename && curtable && curtable !== tablename) continue;
      await io.stderr(`${prog}: line ${line} failed\n`);
      await io.stdout(out.join(""));
      await io.flush();
      return 1;
    }
    if (inTable) {
      await io.stderr(`${prog}: COMMIT expected at line ${line + 1}\n`);
      await io.stdout(out.join(""));
      await io.flush();
      return 1;
    }
    await io.stdout(out.join(""));
    await io.flush();
    return 0;
  } catch (e) {
    if (e instanceof VersionRequest) {
      await io.stdout(`${prog} v${VERSION}\n`);
      await io.flush();
      return 0;
    }
    if (e instanceof HelpRequest) return 0;
    if (e instanceof XtError) {
      await io.stderr(renderError(e, errCtx));
      await io.stdout(out.join(""));
      await io.flush();
      return e.status;
    }
    throw e;
  }
}

