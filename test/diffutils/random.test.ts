// GNU diff's choice among equally short edit scripts, checked on 300 random
// pairs recorded from the real diff (record-random.mjs).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareSides, splitSide } from "../../src/tools/diffutils/compare.js";
import { normalFormat, unifiedFormat } from "../../src/tools/diffutils/format.js";

const cases: Array<{ a: string; b: string; normal: string; unified: string }> = JSON.parse(
  readFileSync(join(import.meta.dirname, "random.expected.json"), "utf8"),
);
const plain = { ignoreCase: false, spaceChange: false, allSpace: false, trailingSpace: false, tabExpansion: false };

describe("diff alignments match GNU diff 3.8", () => {
  it("normal format", () => {
    const got = cases.map((c) => {
      const a = splitSide(c.a);
      const b = splitSide(c.b);
      return normalFormat(a, b, compareSides(a, b, plain, 0));
    });
    expect(got).toEqual(cases.map((c) => c.normal));
  });
  it("unified format, one line of context", () => {
    const got = cases.map((c) => {
      const a = splitSide(c.a);
      const b = splitSide(c.b);
      return unifiedFormat(a, b, compareSides(a, b, plain, 1), 1);
    });
    expect(got).toEqual(cases.map((c) => c.unified));
  });
});
