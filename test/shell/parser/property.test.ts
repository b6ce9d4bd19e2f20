// Property test: random scripts from a small grammar (including broken ones: missing closers,
// stray operators) are parsed by our parser and by mvdan-sh; both must agree on accept/reject (where they do not, `bash -n`
// decides) and,
// when both accept, on the normalised summary. The grammar stays inside the language where
// mvdan-sh and bash agree (see MVDAN_EXCEPTIONS in differential.test.ts for the places where not).
import { spawnSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseScript } from "../../../src/shell/parser.js";
import { mvSummary, oursList } from "./summary.js";

const name = fc.constantFrom("a", "b", "x", "foo", "ip", "echo");
const lit = fc.constantFrom("a", "b1", "-n", "x.y", "/tmp/f", "1", "*", "a?");
const word: fc.Arbitrary<string> = fc.oneof(
  lit,
  name.map((n) => `$${n}`),
  name.map((n) => `\${${n}:-d}`),
  name.map((n) => `\${#${n}}`),
  lit.map((l) => `'${l} q'`),
  lit.map((l) => `"${l} $x"`),
  lit.map((l) => `${l}\\ z`),
  fc.constantFrom("{a,b}", "x{1..3}", "~", "~/d", "$((1+2))", "$(echo sub)", "`id`", "$'\\t'"),
);
const redir = fc.tuple(fc.constantFrom(">", ">>", "<", "2>", "2>&1", "&>", "<<<", ">&2"), lit).map(([op, t]) =>
  op === "2>&1" || op === ">&2" ? op : `${op}${t}`,
);
const simple = fc
  .tuple(fc.array(fc.tuple(name, word), { maxLength: 2 }), name, fc.array(word, { maxLength: 3 }), fc.array(redir, { maxLength: 2 }))
  .map(([as, cmd, args, rs]) => [...as.map(([n, v]) => `${n}=${v}`), cmd, ...args, ...rs].join(" "));

const list = (cmd: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.array(fc.tuple(cmd, fc.constantFrom("; ", "\n", " && ", " || ", " | ", " & ")), { minLength: 1, maxLength: 3 }).map((xs) =>
    xs.map(([c, sep], i) => (i < xs.length - 1 ? c + sep : c)).join(""),
  );

const command: fc.Arbitrary<string> = fc.letrec((tie) => ({
  cmd: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    simple,
    simple,
    tie("compound") as fc.Arbitrary<string>,
  ),
  body: list(tie("cmd") as fc.Arbitrary<string>),
  compound: fc.oneof(
    fc.tuple(tie("body"), tie("body")).map(([c, b]) => `if ${c}; then ${b}; fi`),
    fc.tuple(tie("body"), tie("body"), tie("body")).map(([c, b, e]) => `if ${c}\nthen ${b}\nelse ${e}\nfi`),
    fc.tuple(name, fc.array(word, { maxLength: 3 }), tie("body")).map(([n, ws, b]) => `for ${n} in ${ws.join(" ")}; do ${b}; done`),
    fc.tuple(tie("body"), tie("body")).map(([c, b]) => `while ${c}; do ${b}; done`),
    tie("body").map((b) => `{ ${b}; }`),
    tie("body").map((b) => `( ${b} )`),
    fc.tuple(word, lit, tie("body")).map(([w, p, b]) => `case ${w} in ${p}|x) ${b};; *) ;; esac`),
    // Wrapped in a group: mvdan-sh takes `f() { …; } && x` as a function whose body is the whole
    // and-or list, bash (parse.y function_def) as a definition followed by `&& x`.
    fc.tuple(name, tie("body")).map(([n, b]) => `{ ${n}() { ${b}; }; }`),
    fc.tuple(word, word).map(([a, b]) => `[[ ${a} == ${b} && -n ${a} ]]`),
    fc.constantFrom("((x++))", "for ((i=0;i<2;i++)); do :; done"),
  ),
})).cmd as fc.Arbitrary<string>;

/** Random damage: drop a closer or insert a stray operator, so rejections are exercised too. */
const damaged = fc.tuple(list(command), fc.nat(), fc.constantFrom("none", "none", "drop", "insert")).map(([s, n, how]) => {
  if (how === "drop") {
    const words = s.split(" ");
    const closers = words.map((w, i) => (/^(fi|done|esac|\}|\))/.test(w) ? i : -1)).filter((i) => i >= 0);
    if (closers.length === 0) return s;
    words.splice(closers[n % closers.length], 1);
    return words.join(" ");
  }
  if (how === "insert") {
    const ops = [";;", "|", ")", "fi", "&&", "then"];
    const words = s.split(" ");
    words.splice(n % (words.length + 1), 0, ops[n % ops.length]);
    return words.join(" ");
  }
  return s;
});

function ours(src: string): { ok: true; summary: unknown[] } | { ok: false } {
  try {
    return { ok: true, summary: oursList(parseScript(src).body) };
  } catch {
    return { ok: false };
  }
}

describe("parser agrees with mvdan-sh on random scripts", () => {
  it("accept/reject and structure", () => {
    fc.assert(
      fc.property(damaged, (src) => {
        const m = mvSummary(src);
        const o = ours(src);
        if (o.ok !== m.ok) {
          // mvdan-sh accepts some scripts bash rejects (`then { a; a\nelse …`, `a && in`):
          // the real bash decides.
          const b = spawnSync("bash", ["-n", "-c", src], { encoding: "utf8" });
          const bashOk = b.status === 0 && b.stderr === "";
          expect(o.ok, `${JSON.stringify(src)}: bash ${bashOk ? "accepts" : "rejects: " + b.stderr}`).toBe(bashOk);
          return;
        }
        if (o.ok && m.ok) expect(o.summary).toEqual(m.summary);
      }),
      { numRuns: Number(process.env.PARSER_FUZZ_RUNS ?? 600), seed: process.env.PARSER_FUZZ_RUNS ? undefined : 20240601 },
    );
  });
});
