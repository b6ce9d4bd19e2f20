// From a valibot issue path (or our own) to the place in the YAML text it
// is about: the value's first character, or its key's for an unknown key, or
// the enclosing mapping when the key is missing. Lines and columns count
// from 1, as editors and compilers print them.

import { isMap, isScalar, isSeq, LineCounter, type Document, type Node } from "yaml";

export type PathSeg = { key: string | number; origin?: "key" | "value" };

export function formatPath(path: PathSeg[]): string {
  let s = "";
  for (const p of path) s += typeof p.key === "number" ? `[${p.key}]` : `${s ? "." : ""}${p.key}`;
  return s;
}

export class Locator {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /** Line and column of the node the path leads to (or of its deepest existing ancestor). */
  position(path: PathSeg[]): { line: number; col: number } {
    let node: unknown = this.doc.contents;
    let at: Node | undefined = (node as Node | null) ?? undefined;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg.key));
        if (!pair) break;
        if (seg.origin === "key") {
          at = pair.key as Node;
          break;
        }
        node = pair.value;
        // `key:` with nothing after it: point at the key.
        at = (pair.value as Node | null) ?? (pair.key as Node);
      } else if (isSeq(node) && typeof seg.key === "number") {
        const item = node.items[seg.key];
        if (item === undefined) break;
        node = item;
        at = item as Node;
      } else break;
    }
    const offset = at?.range?.[0] ?? 0;
    return this.lines.linePos(offset);
  }
}
