// Differential test of the parser against mvdan-sh (the reference parser, a devDependency) and
// the real bash: over corpus/diff.txt, our accept/reject verdict must equal bash's (`bash -n`,
// recorded in corpus/diff.bash.json by record.mjs), and when both accept, our normalised summary
// must equal mvdan-sh's, except for the listed places where mvdan-sh departs from bash.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseScript } from "../../../src/shell/parser.js";
import { mvSummary, oursList } from "./summary.js";

const here = dirname(fileURLToPath(import.meta.url));
const snippets = readFileSync(join(here, "corpus/diff.txt"), "utf8")
  .split(/^#---\n/m)
  .map((s) => s.replace(/\n$/, ""));
const bash = JSON.parse(readFileSync(join(here, "corpus/diff.bash.json"), "utf8")) as {
  results: Array<{ rc: number; stderr: string }>;
};

/**
 * Snippets where mvdan-sh's structure or verdict differs from bash's (checked with `bash -n` and by
 * running bash); for these only bash's verdict is checked.
 */
export const MVDAN_EXCEPTIONS = new Map<string, string>([
  // bash: inside "…", \" in a backquoted body is an escaped quote, so the body is `echo "q"`
  // (prints q); mvdan-sh keeps the backslashes.
  ['echo "`echo \\"q\\"`"', "backquote in double quotes"],
  // bash rejects these (syntax error near `echo' / `}' / `)'), mvdan-sh accepts them.
  ["f() echo", "function body must be a compound command"],
  ["{ }", "empty group"],
  ["( )", "empty subshell"],
  // bash: a function definition is one command of the and-or list; mvdan-sh makes the whole
  // list `{ a; } && b` the function body.
  ["f() { a; } && b", "function body binding"],
  // bash: `!` binds tighter than && inside [[ ]] (`[[ ! "" && "" ]]` is false); mvdan-sh parses
  // `!(a && b)`.
  ["[[ ! a && b ]]", "! precedence in [[ ]]"],
]);

function ours(src: string): { ok: true; summary: unknown[] } | { ok: false; error: string } {
  try {
    return { ok: true, summary: oursList(parseScript(src).body) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

describe("parser vs bash and mvdan-sh", () => {
  it("has a bash verdict recorded for every snippet", () => {
    expect(bash.results.length).toBe(snippets.length);
  });
  snippets.forEach((src, i) => {
    it(`#${i}: ${JSON.stringify(src).slice(0, 60)}`, () => {
      const b = bash.results[i];
      const bashAccepts = b.rc === 0 && b.stderr === "";
      const o = ours(src);
      expect(o.ok, `bash: ${b.stderr}`).toBe(bashAccepts);
      if (MVDAN_EXCEPTIONS.has(src)) return;
      const m = mvSummary(src);
      expect(m.ok, m.ok ? "" : m.error).toBe(bashAccepts);
      if (o.ok && m.ok) expect(o.summary).toEqual(m.summary);
    });
  });
});
