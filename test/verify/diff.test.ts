// The unified diff: GNU diff -u's layout (checked against outputs recorded
// from `diff -u --label kernel --label nslab`), and a property: applying the
// diff's hunks to the first text gives the second.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffLines, unifiedDiff } from "../../src/verify/diff.js";

/** Applies a unified diff to `a` (only what unifiedDiff emits). */
function patch(a: string, diff: string): string {
  if (diff === "") return a;
  const src = a === "" ? [] : a.replace(/\n$/, "").split("\n");
  const lines = diff.split("\n").slice(2, -1);
  const out: string[] = [];
  let pos = 0;
  let noNl = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const h = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(l);
    if (h) {
      const start = Number(h[1]) - (h[2] === "0" ? 0 : 1);
      while (pos < start) out.push(src[pos++]!);
      continue;
    }
    if (l === "\\ No newline at end of file") {
      if (lines[i - 1]!.startsWith("+") || lines[i - 1]!.startsWith(" ")) noNl = true;
      continue;
    }
    if (l[0] === " ") out.push(src[pos++]!);
    else if (l[0] === "-") pos++;
    else if (l[0] === "+") out.push(l.slice(1));
  }
  // Lines after the last hunk are a's own, and so is whether the text ends
  // in a newline (diff -u marks a missing one only inside a hunk).
  if (pos < src.length) noNl = !a.endsWith("\n");
  while (pos < src.length) out.push(src[pos++]!);
  if (out.length === 0) return "";
  return out.join("\n") + (noNl ? "" : "\n");
}

describe("unifiedDiff", () => {
  it("is empty for identical texts", () => {
    expect(unifiedDiff("a\nb\n", "a\nb\n")).toBe("");
  });

  it("prints like diff -u (recorded from GNU diffutils 3.8)", () => {
    const a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
    const b = "1\n2\n3\nfour\n5\n6\n7\n8\n9\n10\n11\n12\n13\n";
    expect(unifiedDiff(a, b)).toBe(
      "--- kernel\n+++ nslab\n@@ -1,7 +1,7 @@\n 1\n 2\n 3\n-4\n+four\n 5\n 6\n 7\n@@ -10,3 +10,4 @@\n 10\n 11\n 12\n+13\n",
    );
    expect(unifiedDiff("x\n", "x\ny")).toBe("--- kernel\n+++ nslab\n@@ -1 +1,2 @@\n x\n+y\n\\ No newline at end of file\n");
    expect(unifiedDiff("", "a\n")).toBe("--- kernel\n+++ nslab\n@@ -0,0 +1 @@\n+a\n");
  });

  it("takes labels", () => {
    expect(unifiedDiff("a\n", "b\n", { aLabel: "run 1", bLabel: "run 2" })).toBe("--- run 1\n+++ run 2\n@@ -1 +1 @@\n-a\n+b\n");
  });

  it("patching the first text with the diff gives the second", () => {
    const text = fc
      .array(fc.constantFrom("a", "b", "c", "d", ""), { maxLength: 25 })
      .chain((ls) => fc.boolean().map((nl) => (ls.length ? ls.join("\n") + (nl ? "\n" : "") : "")));
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(patch(a, unifiedDiff(a, b))).toBe(b);
      }),
      { numRuns: 500 },
    );
  });

  it("finds a shortest edit script", () => {
    const ops = diffLines(["a", "b", "c", "a", "b", "b", "a"], ["c", "b", "a", "b", "a", "c"]);
    expect(ops.filter((o) => o.kind !== "=").length).toBe(5); // the paper's example: D = 5
  });
});
