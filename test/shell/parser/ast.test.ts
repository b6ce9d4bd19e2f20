// Unit tests of the AST for tricky constructs, LINENO line numbers (recorded from bash in
// cases/lineno.sh → cases/lineno.out: `bash lineno.sh > lineno.out`), exit statuses of syntax
// errors after a failed command (observed with bash 5.2.15 -c / FILE), and parsing speed.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Command, SimpleCommand, Statement, Word, WordPart } from "../../../src/shell/ast.js";
import { ParseError, parseScript, ScriptReader } from "../../../src/shell/parser.js";

const here = dirname(fileURLToPath(import.meta.url));

function first(src: string): Command {
  return parseScript(src).body[0].andOr.first.commands[0];
}
function simple(src: string): SimpleCommand {
  const c = first(src);
  if (c.type !== "SimpleCommand") throw new Error("not simple");
  return c;
}
function words(src: string): WordPart[][] {
  return simple(src).words.map((w) => w.parts);
}
const L = (value: string): WordPart => ({ type: "Literal", value });

describe("words", () => {
  it("brace expansion follows bash's rules", () => {
    const [, a, b, c, d, e, f, g] = words("echo {a,b} x{1..3}y {} {a} {a}{b,c} {{a,b}} '{a,b}'");
    expect(a).toEqual([{ type: "BraceExpansion", alternatives: [[L("a")], [L("b")]] }]);
    expect(b).toEqual([L("x"), { type: "BraceExpansion", sequence: { from: "1", to: "3" } }, L("y")]);
    expect(c).toEqual([L("{}")]);
    expect(d).toEqual([L("{a}")]);
    expect(e).toEqual([L("{a}"), { type: "BraceExpansion", alternatives: [[L("b")], [L("c")]] }]);
    expect(f).toEqual([L("{"), { type: "BraceExpansion", alternatives: [[L("a")], [L("b")]] }, L("}")]);
    expect(g).toEqual([{ type: "SingleQuoted", value: "{a,b}" }]);
  });
  it("quoted commas do not split; sequences with steps and padding", () => {
    const [, a, b, c] = words(`echo {a,"b,c"} {01..10..2} {a..e}`);
    expect(a).toEqual([{ type: "BraceExpansion", alternatives: [[L("a")], [{ type: "DoubleQuoted", parts: [L("b,c")] }]] }]);
    expect(b).toEqual([{ type: "BraceExpansion", sequence: { from: "01", to: "10", step: "2" } }]);
    expect(c).toEqual([{ type: "BraceExpansion", sequence: { from: "a", to: "e" } }]);
  });
  it("no brace expansion in assignments, but in assignment-looking arguments", () => {
    const c = simple("a={1,2} echo b={1,2}");
    expect(c.assignments[0].value).toEqual({ type: "Word", parts: [L("{1,2}")] });
    expect(c.words[1].parts[1].type).toBe("BraceExpansion");
  });
  it("tilde prefixes", () => {
    const [, a, b, c, d, e] = words(`echo ~ ~root/x ~"root" a=~:~/b x~`);
    expect(a).toEqual([{ type: "TildePrefix", user: "" }]);
    expect(b).toEqual([{ type: "TildePrefix", user: "root" }, L("/x")]);
    expect(c).toEqual([L("~"), { type: "DoubleQuoted", parts: [L("root")] }]);
    expect(d).toEqual([L("a="), { type: "TildePrefix", user: "" }, L(":"), { type: "TildePrefix", user: "" }, L("/b")]);
    expect(e).toEqual([L("x~")]);
  });
  it("backslashes, quotes, $'…' and $\"…\"", () => {
    const [, a, b, c, d] = words(`echo \\a\\ b 'x'"y$z" $'\\x41\\t\\u00e9\\101\\cA' $"loc"`);
    expect(a).toEqual([{ type: "SingleQuoted", value: "a " }, L("b")]);
    expect(b).toEqual([{ type: "SingleQuoted", value: "x" }, { type: "DoubleQuoted", parts: [L("y"), { type: "ParamExpansion", name: "z", short: true }] }]);
    expect(c).toEqual([{ type: "AnsiCQuoted", value: "A\t\u00e9A\x01" }]);
    expect(d).toEqual([{ type: "DoubleQuoted", parts: [L("loc")] }]);
  });
  it("double quotes keep backslash except before $ ` \" \\ newline", () => {
    expect(words(`echo "\\$a \\q \\\\ \\""`)[1]).toEqual([{ type: "DoubleQuoted", parts: [L('$a \\q \\ "')] }]);
  });
  it("parameter expansions", () => {
    const ps = words("echo ${#a[@]} ${!p*} ${!a[@]} ${x/#a/b} ${x:1:2} ${x@Q} ${10} $10 ${a&}").slice(1).map((p) => p[0]);
    expect(ps[0]).toMatchObject({ name: "a", length: true, index: { parts: [L("@")] } });
    expect(ps[1]).toMatchObject({ name: "p", indirect: true, prefixMatch: "*" });
    expect(ps[2]).toMatchObject({ name: "a", indirect: true, index: { parts: [L("@")] } });
    expect(ps[3]).toMatchObject({ name: "x", op: "/#", arg: { parts: [L("a")] }, arg2: { parts: [L("b")] } });
    expect(ps[4]).toMatchObject({ name: "x", op: ":", arg: { parts: [L("1")] }, arg2: { parts: [L("2")] } });
    expect(ps[5]).toMatchObject({ name: "x", op: "@", arg: { parts: [L("Q")] } });
    expect(ps[6]).toMatchObject({ name: "10" });
    expect(words("echo $10")[1]).toEqual([{ type: "ParamExpansion", name: "1", short: true }, L("0")]);
    expect(ps[8]).toEqual({ type: "ParamExpansion", name: "", badSubst: "${a&}" });
  });
  it("single quotes inside \"${x:-'a'}\" are literal, inside \"${x#'a'}\" they quote", () => {
    const dq = (w: WordPart[]): WordPart[] => (w[0] as { parts: WordPart[] }).parts;
    const [, a, b] = words(`echo "\${x:-'a'}" "\${x#'a'}"`);
    expect(dq(a)[0]).toMatchObject({ op: ":-", arg: { parts: [L("'a'")] } });
    expect(dq(b)[0]).toMatchObject({ op: "#", arg: { parts: [{ type: "SingleQuoted", value: "a" }] } });
  });
  it("$(( vs $( (, case patterns inside $( )", () => {
    const [, a, b, c] = words("echo $((1+(2))) $( (a) ) $(case x in a) echo;; esac)");
    expect(a).toEqual([{ type: "ArithSubstitution", expr: "1+(2)" }]);
    expect(b[0]).toMatchObject({ type: "CommandSubstitution", backtick: false });
    expect((b[0] as { body: Statement[] }).body[0].andOr.first.commands[0]).toMatchObject({ type: "Compound", body: { type: "Subshell" } });
    expect((c[0] as { body: Statement[] }).body[0].andOr.first.commands[0]).toMatchObject({ body: { type: "Case" } });
  });
  it("backquotes: backslash rules, nested, and deferred errors", () => {
    const [, a, b] = words("echo `echo \\`id\\`` `fi`");
    const inner = (a[0] as { body: Statement[] }).body[0].andOr.first.commands[0] as SimpleCommand;
    expect(inner.words[1].parts[0]).toMatchObject({ type: "CommandSubstitution", backtick: true });
    expect(b[0]).toEqual({ type: "CommandSubstitution", backtick: true, body: [], source: "fi" });
  });
  it("process substitution", () => {
    expect(words("diff <(a) >(b)").slice(1).map((w) => w[0].type)).toEqual(["ProcessSubstitution", "ProcessSubstitution"]);
  });
});

describe("assignments and declarations", () => {
  it("arrays, subscripts, append", () => {
    const c = simple("a=(1 [5]=x 'q r') b[i+1]+=y c[1 + 2]=z");
    expect(c.words).toEqual([]);
    expect(c.assignments[0]).toMatchObject({
      name: "a",
      value: { type: "ArrayLiteral", elements: [{ value: { parts: [L("1")] } }, { index: { parts: [L("5")] }, value: { parts: [L("x")] } }, { value: { parts: [{ type: "SingleQuoted", value: "q r" }] } }] },
    });
    expect(c.assignments[1]).toMatchObject({ name: "b", append: true, index: { parts: [L("i+1")] }, value: { parts: [L("y")] } });
    expect(c.assignments[2]).toMatchObject({ name: "c", index: { parts: [L("1 + 2")] } });
  });
  it("declaration builtins mark assignment arguments", () => {
    const c = simple("declare -a arr=(1 2) x=~/a y");
    expect(c.words[1].assignment).toBeUndefined();
    expect(c.words[2].assignment).toMatchObject({ name: "arr", value: { type: "ArrayLiteral" } });
    expect(c.words[3].assignment).toMatchObject({ name: "x", value: { parts: [{ type: "TildePrefix", user: "" }, L("/a")] } });
    expect(c.words[4].assignment).toBeUndefined();
    expect(() => parseScript("echo a=(b)")).toThrow("syntax error near unexpected token `('");
  });
  it("assignments only before the command word", () => {
    const c = simple("a=1 cmd b=2");
    expect(c.assignments.length).toBe(1);
    expect(c.words.length).toBe(2);
  });
});

describe("commands", () => {
  it("keywords only in command position", () => {
    expect(words("echo if then fi").map((w) => (w[0] as { value: string }).value)).toEqual(["echo", "if", "then", "fi"]);
    expect(() => parseScript("echo a; fi")).toThrow(ParseError);
  });
  it("redirections anywhere, fd and {var} forms", () => {
    const c = simple(">out 2>&1 cmd <in {fd}>f 3>&- &>>all arg <>rw");
    expect(c.words.length).toBe(2);
    expect(c.redirects.map((r) => [r.fd ?? r.fdVar ?? "", r.op])).toEqual([
      ["", ">"],
      [2, ">&"],
      ["", "<"],
      ["fd", ">"],
      [3, ">&"],
      ["", "&>>"],
      ["", "<>"],
    ]);
  });
  it("heredocs: several per line, quoted, tab-stripped, inside $( )", () => {
    const s = parseScript("cat <<A <<-'B'; x=$(cat <<C\nc $v\nC\n)\na $x \\$y\nA\n\tb $x\n\tB\n");
    const c = s.body[0].andOr.first.commands[0] as SimpleCommand;
    expect(c.redirects[0].heredoc).toEqual({ type: "Word", parts: [L("a "), { type: "ParamExpansion", name: "x", short: true }, L(" $y\n")] });
    expect(c.redirects[1].heredoc).toEqual({ type: "Word", parts: [L("b $x\n")] });
    const sub = (s.body[1].andOr.first.commands[0] as SimpleCommand).assignments[0].value as Word;
    const inner = (sub.parts[0] as { body: Statement[] }).body[0].andOr.first.commands[0] as SimpleCommand;
    expect(inner.redirects[0].heredoc!.parts[0]).toEqual(L("c "));
  });
  it("heredoc delimited by end of file warns", () => {
    const r = new ScriptReader("cat <<EOF\nx\n");
    expect(r.next()).not.toBeNull();
    expect(r.warnings).toEqual([{ line: 2, message: "warning: here-document at line 1 delimited by end-of-file (wanted `EOF')" }]);
  });
  it("[[ ]] grammar: ! binds tighter than &&, regex mode after =~", () => {
    const c = first("[[ ! -f a && ( b == c* || $x =~ ^(a|b)$ ) ]]");
    expect(c).toMatchObject({
      body: {
        type: "Cond",
        expr: {
          type: "CondAnd",
          left: { type: "CondNot", expr: { type: "CondUnary", op: "-f" } },
          right: { type: "CondParen", expr: { type: "CondOr", right: { type: "CondBinary", op: "=~", right: { parts: [L("^(a|b)$")] } } } },
        },
      },
    });
  });
  it("case with ( patterns, alternatives, all terminators, empty bodies, esac on the same line", () => {
    const c = first("case $x in (a|b) x;; c) ;& d) y;;& *) esac");
    expect(c).toMatchObject({ body: { type: "Case" } });
    const items = (c as { body: { items: Array<{ patterns: Word[]; body: Statement[]; terminator: string }> } }).body.items;
    expect(items.map((i) => [i.patterns.length, i.body.length, i.terminator])).toEqual([
      [2, 1, ";;"],
      [1, 0, ";&"],
      [1, 1, ";;&"],
      [1, 0, ";;"],
    ]);
  });
  it("functions: all forms, redirections after the body", () => {
    for (const src of ["f() { a; }", "function f { a; }", "function f() ( a )", "f() if a; then b; fi"]) {
      expect(first(src)).toMatchObject({ type: "FunctionDef", name: "f" });
    }
    expect(first("f() { a; } >x 2>&1")).toMatchObject({ body: { redirects: [{ op: ">" }, { op: ">&", fd: 2 }] } });
  });
  it("for forms, select, arithmetic for", () => {
    expect(first("for x; do a; done")).toMatchObject({ body: { type: "For", variable: "x" } });
    expect((first("for x; do a; done") as { body: { items?: Word[] } }).body.items).toBeUndefined();
    expect(first("for x in a b; { c; }")).toMatchObject({ body: { type: "For", items: [{}, {}] } });
    expect(first("select x in a b; do c; done")).toMatchObject({ body: { type: "For", select: true } });
    expect(first("for ((i=0; i<3; i++)) { a; }")).toMatchObject({ body: { type: "ArithFor", init: "i=0", cond: "i<3", update: "i++" } });
  });
  it("pipelines: |&, !, time -p", () => {
    const p = parseScript("time -p ! a |& b | c").body[0].andOr.first;
    expect([p.timed, p.timePosix, p.negated, p.pipeStderr, p.commands.length]).toEqual([true, true, true, [true, false], 3]);
  });
  it("ScriptReader returns one top-level line at a time and throws only when reaching the bad line", () => {
    const r = new ScriptReader("a; b &\nif x\nthen y\nfi\nfi\n");
    expect(r.next()!.map((s) => s.background)).toEqual([false, true]);
    expect(r.next()!.length).toBe(1);
    expect(() => r.next()).toThrow("syntax error near unexpected token `fi'");
    expect(r.next()).toBeNull();
  });
});

describe("line numbers", () => {
  it("simple commands carry the line bash shows in $LINENO", () => {
    const src = readFileSync(join(here, "cases/lineno.sh"), "utf8");
    const out = readFileSync(join(here, "cases/lineno.out"), "utf8");
    const want = new Map<string, number>();
    for (const m of out.matchAll(/(t\d+) (\d+)/g)) want.set(m[1], Number(m[2]));
    const got = new Map<string, number>();
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (node === null || typeof node !== "object") return;
      const o = node as { type?: string; words?: Word[]; line?: number };
      if (o.type === "SimpleCommand" && o.words && o.words.length > 1) {
        const w = o.words[1].parts;
        if (w.length === 1 && w[0].type === "Literal" && /^t\d+$/.test(w[0].value)) got.set(w[0].value, o.line!);
      }
      if (o.type === "Redirect" && (o as { heredoc?: Word }).heredoc) {
        const text = JSON.stringify((o as { heredoc?: Word }).heredoc);
        const m = /"(t\d+) "/.exec(text);
        if (m) got.set(m[1], (o as { line: number }).line);
      }
      for (const v of Object.values(o)) visit(v);
    };
    visit(parseScript(src));
    expect(Object.fromEntries([...got].sort())).toEqual(Object.fromEntries([...want].sort()));
  });
  it("error lines count from startLine", () => {
    const r = new ScriptReader("echo\nfi\n", { startLine: 10 });
    r.next();
    try {
      r.next();
      expect.unreachable();
    } catch (e) {
      expect((e as ParseError).line).toBe(11);
    }
  });
});

describe("exit status of a script stopped by a syntax error", () => {
  // Observed: printf 'CMD\nBAD\n' | bash, and bash -c $'CMD\nBAD', for CMD in true, false, (exit 5).
  const cases: Array<[string, number, number, number, number]> = [
    // bad line, status after true, after false, after (exit 5), -c vs file (for subst)
    ["fi", 2, 2, 2, 2],
    ['echo "abc', 2, 1, 5, 5],
    ["echo ${a", 2, 1, 5, 5],
    ["[[ a b ]]", 0, 1, 5, 5],
    ["a=(", 1, 1, 1, 1],
    ["if", 2, 2, 2, 2],
  ];
  for (const [bad, t, f, five] of cases) {
    it(bad, () => {
      let err: ParseError | undefined;
      try {
        parseScript(bad);
      } catch (e) {
        err = e as ParseError;
      }
      expect([err!.exitStatus(0, "file"), err!.exitStatus(1, "file"), err!.exitStatus(5, "file")]).toEqual([t, f, five]);
    });
  }
  it("errors inside $( ) exit 127 with -c, 2 from a file", () => {
    try {
      parseScript("echo $(fi)");
    } catch (e) {
      expect([(e as ParseError).exitStatus(0, "-c"), (e as ParseError).exitStatus(0, "file")]).toEqual([127, 2]);
    }
  });
});

describe("performance", () => {
  it("parses a 10 000-line script well under a second", () => {
    const chunk = [
      'for i in a b c; do echo "$i ${x:-y}" | grep -q z && break; done',
      "if [[ -f /tmp/$n && $x =~ ^a(b|c)$ ]]; then ip link add v$n type veth peer name p$n; fi",
      "case $1 in a|b) echo {1..3} $(date) `id`;; *) ;; esac",
      "f() { local a=(1 2 3); echo ${a[@]} >&2; }",
      "cat <<EOF",
      "body $x line",
      "EOF",
      "x=$((x + 1)); y=$'\\t'",
      "# a comment",
      "echo 'done' \\",
      "  more",
    ];
    const lines: string[] = [];
    while (lines.length < 10_000) lines.push(...chunk);
    const src = lines.join("\n") + "\n";
    const s = parseScript(src);
    expect(s.body.length).toBeGreaterThan(5000);
  });
});
