// Command-line parsing as glibc's getopt_long does it, with its exact
// diagnostics (the programs print them, then "Try 'PROG --help'..."):
//   invalid option -- 'x'            option requires an argument -- 'n'
//   unrecognized option '--foo'      option '--lines' requires an argument
//   option '--all' doesn't allow an argument
//   option '--ver' is ambiguous; possibilities: '--version-sort' '--version'
// Options may follow operands (GNU permutation) unless `stopAtOperand` (an
// optstring starting with '+', as env, timeout, xargs and sudo use); "--" ends options.

export type ArgKind = "none" | "required" | "optional";

export interface LongOpt {
  name: string;
  arg: ArgKind;
  /** Key reported for this option (default: the name); share a short letter's key to alias it. */
  key?: string;
}

export interface OptSpec {
  /** getopt optstring: letters, "x:" requires an argument, "x::" takes an optional attached one. */
  short: string;
  long?: LongOpt[];
  stopAtOperand?: boolean;
}

export interface ParsedOpt {
  key: string;
  value?: string;
  /** How it was written (for messages like "invalid number of lines"). */
  text: string;
}

export type GetoptResult =
  | { kind: "ok"; opts: ParsedOpt[]; operands: string[] }
  | { kind: "error"; message: string };

function shortKinds(optstring: string): Map<string, ArgKind> {
  const m = new Map<string, ArgKind>();
  const s = optstring.replace(/^[+-]/, "");
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (s[i + 1] === ":" && s[i + 2] === ":") {
      m.set(c, "optional");
      i += 2;
    } else if (s[i + 1] === ":") {
      m.set(c, "required");
      i++;
    } else m.set(c, "none");
  }
  return m;
}

export function getopt(args: readonly string[], spec: OptSpec): GetoptResult {
  const shorts = shortKinds(spec.short);
  const longs = spec.long ?? [];
  const opts: ParsedOpt[] = [];
  const operands: string[] = [];
  const stop = spec.stopAtOperand || spec.short.startsWith("+");
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = a.slice(2, eq < 0 ? undefined : eq);
      const exact = longs.find((l) => l.name === name);
      let match = exact;
      if (!match) {
        const cands = longs.filter((l) => l.name.startsWith(name));
        // Prefixes of several names are fine when they all mean the same thing.
        const distinct = new Set(cands.map((c) => `${c.key ?? c.name}/${c.arg}`));
        if (cands.length > 1 && distinct.size > 1) {
          return {
            kind: "error",
            message: `option '${a.slice(0, eq < 0 ? undefined : eq)}' is ambiguous; possibilities:${cands.map((c) => ` '--${c.name}'`).join("")}`,
          };
        }
        match = cands[0];
      }
      if (!match) return { kind: "error", message: `unrecognized option '${a.slice(0, eq < 0 ? undefined : eq) === a ? a : a}'` };
      const key = match.key ?? match.name;
      if (eq >= 0) {
        if (match.arg === "none") return { kind: "error", message: `option '--${match.name}' doesn't allow an argument` };
        opts.push({ key, value: a.slice(eq + 1), text: `--${match.name}` });
      } else if (match.arg === "required") {
        if (i + 1 >= args.length) return { kind: "error", message: `option '--${match.name}' requires an argument` };
        opts.push({ key, value: args[++i]!, text: `--${match.name}` });
      } else opts.push({ key, text: `--${match.name}` });
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        const kind = shorts.get(c);
        if (kind === undefined) return { kind: "error", message: `invalid option -- '${c}'` };
        if (kind === "none") {
          opts.push({ key: c, text: `-${c}` });
          continue;
        }
        const rest = a.slice(j + 1);
        if (rest || kind === "optional") {
          opts.push({ key: c, value: rest || undefined, text: `-${c}` });
        } else {
          if (i + 1 >= args.length) return { kind: "error", message: `option requires an argument -- '${c}'` };
          opts.push({ key: c, value: args[++i]!, text: `-${c}` });
        }
        break;
      }
      continue;
    }
    if (stop) {
      operands.push(...args.slice(i));
      break;
    }
    operands.push(a);
  }
  return { kind: "ok", opts, operands };
}
