// The integer comparison of test/[ (test-expr.ts intCmp: plain decimals of up to
// 15 digits compared as doubles) and the glob test of hasGlob/isPlainLiteral
// against their definitions: BigInt comparison of what int() accepts, and
// "globs iff pathname expansion of the pattern form could match something
// other than the literal text".
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evalTest, type TestEnv } from "../../src/tools/coreutils/lib/test-expr.js";
import { World } from "../../src/index.js";

const env = { stat: () => undefined, lstat: () => undefined } as unknown as TestEnv;

function bigCompare(l: string, op: string, r: string, dialect: "bash" | "coreutils") {
  const re = dialect === "bash" ? /^[ \t\n\v\f\r]*([+-]?\d+)[ \t\n\v\f\r]*$/ : /^[ \t]*([+-]?\d+)[ \t]*$/;
  const a = l.match(re);
  const b = r.match(re);
  if (!a || !b) return undefined;
  const x = BigInt(a[1]!);
  const y = BigInt(b[1]!);
  if (dialect === "bash" && [x, y].some((v) => v > (1n << 63n) - 1n || v < -(1n << 63n))) return undefined;
  const c = x < y ? -1 : x > y ? 1 : 0;
  const t = { "-eq": c === 0, "-ne": c !== 0, "-lt": c < 0, "-le": c <= 0, "-gt": c > 0, "-ge": c >= 0 }[op]!;
  return t ? 0 : 1;
}

const num = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }).map(String),
  fc.constantFrom("0", "-0", "+0", "+7", "007", "-007", "999999999999999", "1000000000000000", "-999999999999999", "9007199254740993", "9223372036854775808", " 5", "5 ", "", "-", "+", "1e3", "0x10", "١"),
);

describe("fast paths against their definitions", () => {
  it("test's integer comparisons equal BigInt comparisons", () => {
    fc.assert(
      fc.property(num, fc.constantFrom("-eq", "-ne", "-lt", "-le", "-gt", "-ge"), num, fc.constantFrom("bash" as const, "coreutils" as const), (l, op, r, d) => {
        const res = evalTest([l, op, r], env, { dialect: d });
        const want = bigCompare(l, op, r, d);
        if (want === undefined) expect(res.status).toBe(2);
        else expect(res).toEqual({ status: want, diagnostics: [] });
      }),
      { numRuns: 3000 },
    );
  });

  it("a word globs only where bash's glob_pattern_p says so (output recorded with kernel-sandbox, bash 5.2)", async () => {
    const w = new World({ seed: 1, bare: true });
    const r = await w.run(
      String.raw`cd "$(mktemp -d)"; touch '[' 'a[b' 'ab' 'a]' 'x*' 'xy' '\\a'; for p in '[' 'a[b' 'a[b]' 'a[]' '[ab]' ']' 'a]' '*' 'x\*' 'x[*]' '\\[a]' '\[a]'; do eval "set -- $p"; echo "$p -> $*"; done; echo [ a[b ] a[bc] a]`,
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(String.raw`[ -> [
a[b -> a[b
a[b] -> ab
a[] -> a[]
[ab] -> [ab]
] -> ]
a] -> a]
* -> [ \\a a[b a] ab x* xy
x\* -> x*
x[*] -> x*
\\[a] -> \[a]
\[a] -> [a]
[ a[b ] ab a]
`);
  });
});
