// Pathname expansion over the host's in-memory filesystem (bash's glob.c in
// behaviour): each /-separated component with a glob character is matched
// against the directory's entries; names starting with "." match only a
// pattern starting with a literal "."; "." and ".." are never matched
// (globskipdots, the 5.2 default). Results are sorted in C collation; a
// pattern that matches nothing is left as it was.

import type { Task } from "../../../kernel/task/task.js";
import { globToRegexSource, hasGlob, unescapeGlob } from "../pattern.js";
import { cmpC } from "../vars.js";

export function pathnameExpand(task: Task, pat: string): string[] {
  const fs = task.host.fs;
  const abs = pat.startsWith("/");
  const comps = pat.split("/");
  let bases: string[] = [abs ? "/" : ""];
  for (let ci = abs ? 1 : 0; ci < comps.length; ci++) {
    const comp = comps[ci]!;
    const last = ci === comps.length - 1;
    if (comp === "") {
      // Trailing slash: keep only directories; doubled slashes are kept as written.
      if (last) {
        bases = bases.filter((b) => {
          const n = fs.tryLookup(task, task.cwd, b || ".");
          return n?.kind === "dir";
        }).map((b) => `${b}/`);
      } else bases = bases.map((b) => `${b}/`);
      continue;
    }
    const next: string[] = [];
    if (!hasGlob(comp)) {
      const name = unescapeGlob(comp);
      for (const b of bases) next.push(join(b, name));
      bases = next;
      continue;
    }
    const re = componentRegex(comp);
    const dotOk = comp.startsWith(".") || comp.startsWith("\\.");
    for (const b of bases) {
      const dir = fs.tryLookup(task, task.cwd, b || ".");
      if (!dir || dir.kind !== "dir") continue;
      const names = fs.list(task, dir).sort(cmpC);
      for (const n of names) {
        if (n === "." || n === "..") continue;
        if (n.startsWith(".") && !dotOk) continue;
        if (!re.test(n)) continue;
        if (!last) {
          const child = fs.tryLookup(task, task.cwd, join(b, n));
          if (!child || child.kind !== "dir") continue;
        }
        next.push(join(b, n));
      }
    }
    bases = next;
    if (!bases.length) return [];
  }
  // Literal components after the last glob must exist.
  const out = bases.filter((b) => fs.tryLookup(task, task.cwd, b, true) !== undefined);
  return out.sort(cmpC);
}

/** Compiled component patterns (`[ … ]` globs its `[` at every test command). */
const regexes = new Map<string, RegExp>();

function componentRegex(comp: string): RegExp {
  let re = regexes.get(comp);
  if (!re) {
    re = new RegExp(`^(?:${globToRegexSource(comp, true)})$`);
    if (regexes.size >= 256) regexes.clear();
    regexes.set(comp, re);
  }
  return re;
}

function join(base: string, name: string): string {
  if (base === "") return name;
  if (base.endsWith("/")) return base + name;
  return `${base}/${name}`;
}
