// The arithmetic fast path (src/shell/interp/arith-fast.ts) against the full
// evaluator: random expressions inside and around its subset, over variables
// holding small and huge decimals, expressions, octal, empty and unset values,
// with and without set -u. Value or error message, and every variable read and
// write in order, must be identical with the fast path on and off.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { World } from "../../src/index.js";
import { arithFast, fastProgram } from "../../src/shell/interp/arith-fast.js";
import { evalArith, type ArithEnv } from "../../src/shell/interp/arith.js";

const VALUES: Record<string, string | undefined> = {
  a: "7",
  b: "-3",
  z: "0",
  nz: "-0",
  big: "999999999999999",
  huge: "9007199254740993",
  max: "9223372036854775807",
  min: "-9223372036854775808",
  e: "a*2",
  oct: "010",
  hex: "0x1f",
  emp: "",
  sp: " 5",
  u: undefined,
  r: "b",
};

function run(expr: string, nounset: boolean, fast: boolean) {
  const log: string[] = [];
  const vals = { ...VALUES };
  const env: ArithEnv = {
    get(name, index) {
      log.push(`get ${name}${index === undefined ? "" : `[${index}]`}`);
      return index === undefined ? vals[name] : undefined;
    },
    set(name, index, value) {
      log.push(`set ${name}=${value}`);
      vals[name] = String(value);
    },
    nounset,
  };
  arithFast.enabled = fast;
  try {
    return { v: String(evalArith(expr, env)), log };
  } catch (e) {
    return { err: (e as Error).message, log };
  } finally {
    arithFast.enabled = true;
  }
}

const names = Object.keys(VALUES);
const atom = fc.oneof(
  fc.constantFrom(...names),
  fc.constantFrom("0", "1", "2", "1000", "256", "4503599627370496", "9007199254740991", "3037000499", "08", "0x10", "2#101", "12a"),
  fc.integer({ min: 0, max: 100000 }).map(String),
);
const binop = fc.constantFrom("+", "-", "*", "/", "%", "<", ">", "<=", ">=", "==", "!=", " + ", " / ", "&&", "|", "<<", "**", "=", "+=");
const expr: fc.Arbitrary<string> = fc.letrec((tie) => ({
  e: fc.oneof(
    { weight: 4, arbitrary: atom },
    { weight: 3, arbitrary: fc.tuple(tie("e"), binop, tie("e")).map(([l, o, r]) => `${l}${o}${r}`) },
    { weight: 1, arbitrary: tie("e").map((x) => `(${x})`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom("-", "+", " - ", "!", "~", "-"), tie("e")).map(([o, x]) => `${o}${x}`) },
    { weight: 1, arbitrary: fc.constantFrom("a++", "--b", " a + 1 ", "a[1]", "a ? 1 : 2", ")", "(a", "a b", "") },
  ),
})).e as fc.Arbitrary<string>;

describe("arithmetic fast path (arith-fast.ts) equals the full evaluator", () => {
  it("hand-picked", () => {
    for (const x of [
      "i+1", "(a - 1) / 1000", "(a - 1) % 1000 + 2", "a / z", "a % z", "big * big", "huge + 1", "max + 1", "min - 1",
      "-a / 2", "b / 2", "b % 2", "-7 / 2", "e + 1", "oct + 1", "emp * 3", "u + 1", "r * 2", "0 * -1", "-0", "nz",
      "9007199254740991 + 1", "4503599627370496 * 2", "-(9007199254740991) - 1", "sp + 1", "a < b", "a == 7", "a != 7",
    ]) {
      for (const nounset of [false, true]) expect(run(x, nounset, true), `${x} ${nounset}`).toEqual(run(x, nounset, false));
    }
    expect(fastProgram("(i - 1) / 1000")).not.toBeNull();
    expect(fastProgram("i++")).toBeNull();
    expect(fastProgram("x = 1")).toBeNull();
  });

  it("random expressions", () => {
    fc.assert(
      fc.property(expr, fc.boolean(), (x, nounset) => {
        expect(run(x, nounset, true)).toEqual(run(x, nounset, false));
      }),
      { numRuns: 3000 },
    );
  });

  it("in the shell: RANDOM, set -u and errors draw and print the same", async () => {
    const script = `i=5; x=abc; echo $((RANDOM % 7 + i)) $(( (i - 1) / 2 )) $((x + 1)); n=$((RANDOM + RANDOM))
(( i < 9 )) && echo lt; let "k = i * 3"; echo $k $((i / 0)); echo after
set -u; echo $((i + nope)); echo never`;
    const out = [];
    for (const fast of [true, false]) {
      arithFast.enabled = fast;
      try {
        const w = new World({ seed: 3, bare: true });
        const r = await w.run(script);
        out.push({ ...r, now: w.now, rng: w.rng.u32() });
      } finally {
        arithFast.enabled = true;
      }
    }
    expect(out[0]).toEqual(out[1]);
    expect(out[0]!.stdout).toMatch(/^\d+ 2 1\nlt\n$/);
  });
});
