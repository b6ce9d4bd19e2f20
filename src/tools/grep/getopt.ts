// glibc getopt_long as grep, sed and gawk use it: clustered short options,
// long options with unique-prefix abbreviation, GNU argument permutation
// (options may follow operands until `--`), and glibc's exact error texts.

export type HasArg = "none" | "required" | "optional";

export interface LongOpt {
  name: string;
  has: HasArg;
  /** What the option means (a short option letter or any key); options sharing key+has are not ambiguous. */
  key: string;
}

export interface ParsedOpt {
  key: string;
  value?: string;
  /** How it was written, for messages (e.g. "-A" or "--after-context"). */
  spelled: string;
}

export type GetoptResult =
  | { kind: "ok"; opts: ParsedOpt[]; operands: string[] }
  | { kind: "error"; message: string; opts: ParsedOpt[] };

export interface GetoptSpec {
  /** Short options: letter → whether it takes an argument. */
  short: Record<string, HasArg>;
  long: LongOpt[];
  /** Stop at the first operand (optstring starting with '+', or POSIXLY_CORRECT). */
  stopAtOperand?: boolean;
}

export function getopt(prog: string, args: string[], spec: GetoptSpec): GetoptResult {
  const opts: ParsedOpt[] = [];
  const operands: string[] = [];
  const err = (message: string): GetoptResult => ({ kind: "error", message: `${prog}: ${message}\n`, opts });
  let i = 0;
  while (i < args.length) {
    const a = args[i]!;
    if (a === "--") {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      let match = spec.long.find((o) => o.name === name);
      if (!match) {
        const cands = spec.long.filter((o) => o.name.startsWith(name));
        if (cands.length === 0) return err(`unrecognized option '${a}'`);
        const first = cands[0]!;
        if (cands.some((c) => c.key !== first.key || c.has !== first.has)) {
          return err(`option '--${name}' is ambiguous; possibilities:${cands.map((c) => ` '--${c.name}'`).join("")}`);
        }
        match = first;
      }
      const spelled = `--${match.name}`;
      if (eq >= 0) {
        if (match.has === "none") return err(`option '${spelled}' doesn't allow an argument`);
        opts.push({ key: match.key, value: a.slice(eq + 1), spelled });
      } else if (match.has === "required") {
        if (i + 1 >= args.length) return err(`option '${spelled}' requires an argument`);
        opts.push({ key: match.key, value: args[++i]!, spelled });
      } else opts.push({ key: match.key, spelled });
      i++;
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        const has = spec.short[c];
        if (has === undefined) return err(`invalid option -- '${c}'`);
        if (has === "none") {
          opts.push({ key: c, spelled: `-${c}` });
          continue;
        }
        if (j + 1 < a.length) {
          opts.push({ key: c, value: a.slice(j + 1), spelled: `-${c}` });
        } else if (has === "required") {
          if (i + 1 >= args.length) return err(`option requires an argument -- '${c}'`);
          opts.push({ key: c, value: args[++i]!, spelled: `-${c}` });
        } else opts.push({ key: c, spelled: `-${c}` });
        break;
      }
      i++;
      continue;
    }
    if (spec.stopAtOperand) {
      operands.push(...args.slice(i));
      break;
    }
    operands.push(a);
    i++;
  }
  return { kind: "ok", opts, operands };
}
