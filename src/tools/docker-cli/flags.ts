// A small pflag-like parser for the docker CLI: long flags with "=" or a
// separate value, grouped short booleans (-it, -dit), parsing stopping at the
// first positional argument (so a container's command keeps its own flags).

export interface FlagSpec {
  /** Long names (without --) to short letters; value flags take an argument. */
  long: Record<string, { short?: string; value: boolean }>;
}

export type FlagResult =
  | { kind: "ok"; values: Map<string, string[]>; rest: string[] }
  | { kind: "error"; message: string };

export function parseFlags(argv: string[], spec: FlagSpec, interspersed = false): FlagResult {
  const values = new Map<string, string[]>();
  const rest: string[] = [];
  const byShort = new Map<string, string>();
  for (const [name, f] of Object.entries(spec.long)) if (f.short) byShort.set(f.short, name);
  const put = (name: string, v: string) => values.set(name, [...(values.get(name) ?? []), v]);
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      i++;
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      const f = spec.long[name];
      if (!f) return { kind: "error", message: `unknown flag: --${name}` };
      if (f.value) {
        if (eq >= 0) put(name, a.slice(eq + 1));
        else if (i + 1 < argv.length) put(name, argv[++i]!);
        else return { kind: "error", message: `flag needs an argument: --${name}` };
      } else put(name, eq >= 0 ? a.slice(eq + 1) : "true");
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        const name = byShort.get(c);
        if (!name) return { kind: "error", message: `unknown shorthand flag: '${c}' in ${a}` };
        if (spec.long[name]!.value) {
          const v = a.slice(j + 1);
          if (v) put(name, v.startsWith("=") ? v.slice(1) : v);
          else if (i + 1 < argv.length) put(name, argv[++i]!);
          else return { kind: "error", message: `flag needs an argument: '${c}' in -${c}` };
          break;
        }
        put(name, "true");
      }
      continue;
    }
    if (!interspersed) break;
    rest.push(a);
  }
  rest.push(...argv.slice(i));
  return { kind: "ok", values, rest };
}

export function flag(v: Map<string, string[]>, name: string): boolean {
  const x = v.get(name);
  return !!x && x.at(-1) !== "false";
}

export function last(v: Map<string, string[]>, name: string): string | undefined {
  return v.get(name)?.at(-1);
}

export function all(v: Map<string, string[]>, name: string): string[] {
  return v.get(name) ?? [];
}
