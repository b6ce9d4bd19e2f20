// iptables-xml (iptables/iptables-xml.c in 1.8.9): iptables-save output in,
// an <iptables-rules> document out. Tables and chains become elements (a
// chain is written where its first rule is, or empty at the table's end),
// each rule a <rule> with <conditions> (the matches, each option an element
// holding its arguments) and <actions> (the target, or <call>/<goto> for a
// jump to a chain of the table). -c folds a rule whose conditions repeat the
// previous one's (and whose previous target did not end the traversal) into
// it; -v adds each input line as a comment. Comments in the input are kept.
//
// Output goes through stdio: it is written when the program ends, so an
// error message comes before the part of the document already produced, as
// when the real program's stdout is a pipe.

import type { ProgramContext } from "../../kernel/task/program.js";
import { KernelError, strerror } from "../../uapi/errno.js";

const LEVEL1 = "        ";
const LEVEL2 = "          ";

/** xmlEncode() */
function xmlEncode(s: string): string {
  let out = "";
  for (const b of new TextEncoder().encode(s)) {
    if (b >= 127) out += `&#${b};`;
    else if (b === 0x26) out += "&amp;";
    else if (b === 0x3c) out += "&lt;";
    else if (b === 0x3e) out += "&gt;";
    else if (b === 0x22) out += "&quot;";
    else out += String.fromCharCode(b);
  }
  return out;
}

/** xmlCommentEscape(): every '-' gets a '*' before it, and each second one (counted over the whole text) a space too. */
function commentEscape(s: string): string {
  let out = "";
  let hyphens = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "-") {
      hyphens++;
      if (hyphens >= 2) {
        hyphens = 0;
        out += " ";
      }
      out += "*";
    }
    if (!(c === "\n" && i === s.length - 1)) out += c;
  }
  return out;
}

const attrS = (name: string, v: string) => `${name}="${xmlEncode(v)}" `;
const isTarget = (a: string | undefined) => a === "-j" || a === "--jump" || a === "-g" || a === "--goto";
const isTerminating = (a: string | undefined) => a === "ACCEPT" || a === "DROP" || a === "QUEUE" || a === "RETURN";

/** add_param_to_argv(): words, double quotes (with backslash escapes) marking an argument as quoted. */
function splitArgs(text: string): { argv: string[]; quoted: boolean[] } {
  const argv: string[] = [];
  const quoted: boolean[] = [];
  let cur = "";
  let open = false;
  let escaped = false;
  let wasQuoted = false;
  const emit = (q: boolean) => {
    argv.push(cur);
    quoted.push(q);
    cur = "";
    wasQuoted = false;
  };
  for (const c of text) {
    if (open) {
      if (escaped) {
        cur += c;
        escaped = false;
        continue;
      }
      if (c === "\\") {
        escaped = true;
        continue;
      }
      if (c !== '"') {
        cur += c;
        continue;
      }
      open = false;
    } else if (c === '"') {
      open = true;
      wasQuoted = true;
      continue;
    }
    if (c === '"') {
      emit(wasQuoted);
      continue;
    }
    if (c === " " || c === "\t" || c === "\n") {
      if (cur.length) emit(wasQuoted);
      continue;
    }
    cur += c;
  }
  if (cur.length) emit(false);
  return { argv, quoted };
}

class XmlError extends Error {
  constructor(
    readonly text: string,
    readonly status: number,
  ) {
    super(text);
  }
}

interface SavedChain {
  name: string;
  policy: string;
  pcnt: bigint;
  bcnt: bigint;
  created: boolean;
}

class Converter {
  out = "";
  combine = false;
  private curTable = "";
  private curChain = "";
  private closeAction = "";
  private closeRule = "";
  private chains: SavedChain[] = [];
  private last: string[] = [];

  private closeChain(): void {
    if (!this.curChain) return;
    if (this.closeAction) this.out += `${this.closeAction}\n`;
    this.closeAction = "";
    if (this.closeRule) this.out += `${this.closeRule}\n`;
    this.closeRule = "";
    this.out += "    </chain>\n";
    this.curChain = "";
  }

  private openChain(c: SavedChain, close: string): void {
    this.closeChain();
    this.curChain = c.name.slice(0, 32);
    this.out += `    <chain ${attrS("name", this.curChain)}`;
    if (c.policy !== "-") this.out += attrS("policy", c.policy);
    this.out += `packet-count="${c.pcnt}" byte-count="${c.bcnt}" `;
    if (close) {
      this.out += close;
      this.curChain = "";
    }
    this.out += ">\n";
  }

  private existsChain(name: string): boolean {
    return this.curChain === name || this.chains.some((c) => c.name === name);
  }

  private needChain(name: string): void {
    if (this.curChain === name) return;
    for (const c of this.chains)
      if (c.name === name) {
        this.openChain(c, "");
        c.created = true;
      }
  }

  closeTable(): void {
    this.closeChain();
    for (const c of this.chains) if (!c.created) this.openChain(c, "/");
    this.chains = [];
    if (this.curTable) this.out += "  </table>\n";
    this.curTable = "";
  }

  get inTable(): boolean {
    return this.curTable !== "";
  }

  openTable(name: string): void {
    this.closeTable();
    this.curTable = name.slice(0, 32);
    this.out += `  <table ${attrS("name", this.curTable)}>\n`;
  }

  saveChain(name: string, policy: string, pcnt: bigint, bcnt: bigint): void {
    this.chains.push({ name, policy, pcnt, bcnt, created: false });
  }

  comment(text: string): void {
    this.out += `<!-- ${commentEscape(text)} -->\n`;
  }

  /** do_rule_part(): part -1 the conditions, 1 the actions. */
  private rulePart(part: number, argv: string[], quoted: boolean[]): void {
    let arg = 2;
    let invertNext = false;
    let spacer = "";
    let level1: string | undefined;
    let level2: string | undefined;
    const close1 = () => {
      if (level1) this.out += `${LEVEL1}</${level1}>\n`;
      level1 = undefined;
    };
    const close2 = () => {
      if (level2) this.out += `</${level2}>\n`;
      level2 = undefined;
    };
    const open = (lvl: 1 | 2, tag: string) => {
      if (lvl === 1) level1 = tag;
      else level2 = tag;
      this.out += `${lvl === 1 ? LEVEL1 : LEVEL2}<${tag} `;
    };
    if (part === 1) while (arg < argv.length && (quoted[arg] || !isTarget(argv[arg]))) arg++;
    const i = arg < argv.length && argv[arg] === "!" ? arg + 1 : arg;
    if (i < argv.length && argv[i]![0] === "-" && !isTarget(argv[i]) && argv[i] !== "-m") {
      open(1, "match");
      this.out += ">\n";
    }
    const argc = argv.length;
    for (; arg < argc; arg++) {
      const a = argv[arg]!;
      const q = quoted[arg]!;
      if (part === -1 && !q && isTarget(a)) break;
      if (!q && a === "!") {
        if (arg + 1 < argc && argv[arg + 1]![0] === "-") invertNext = true;
        else this.out += `${spacer}${a}`;
        spacer = " ";
      } else if (!q && isTarget(a) && arg + 1 < argc && this.existsChain(argv[arg + 1]!)) {
        close2();
        close1();
        spacer = "";
        invertNext = false;
        open(1, a === "-g" || a === "--goto" ? "goto" : "call");
        this.out += ">\n";
        arg++;
        open(2, argv[arg]!);
        this.out += "/>\n";
        level2 = undefined;
      } else if (!q && (isTarget(a) || a === "-m" || a === "--module")) {
        if (arg + 1 >= argc) break;
        close2();
        close1();
        spacer = "";
        invertNext = false;
        arg++;
        open(1, argv[arg]!);
        const nx = argv[arg + 1];
        if (arg + 1 >= argc || (!quoted[arg + 1] && (isTarget(nx) || nx === "-m" || nx === "--module"))) {
          this.out += " />\n";
          level1 = undefined;
        } else this.out += ">\n";
      } else if (!q && a[0] === "-") {
        close2();
        const tag = a.replace(/^-+/, "");
        spacer = "";
        open(2, tag);
        if (invertNext) this.out += ' invert="1"';
        invertNext = false;
        if (arg + 1 >= argc || argv[arg + 1]![0] === "-") {
          this.out += " />\n";
          level2 = undefined;
        } else this.out += ">";
      } else {
        const wrap = a.includes(" ") || q;
        this.out += spacer + (wrap ? "&quot;" : "") + xmlEncode(a) + (wrap ? "&quot;" : "");
        spacer = " ";
      }
    }
    close2();
    close1();
  }

  /** compareRules(): same arguments up to the target, and the previous target did not end the traversal. */
  private sameConditions(argv: string[]): boolean {
    const old = this.last;
    for (let k = 0; k < argv.length && k < old.length; k++) {
      if (isTarget(old[k]) && isTarget(argv[k])) {
        const o = old[k];
        if (((o === "-j" || o === "--jump") && k + 1 < old.length && isTerminating(old[k + 1])) || o === "-g" || o === "--goto") return false;
        return true;
      }
      if (old[k] !== argv[k]) return false;
    }
    return false;
  }

  rule(line: number, text: string): void {
    let pcnt: string | undefined;
    let bcnt: string | undefined;
    let start = text;
    if (text[0] === "[") {
      const close = text.indexOf("]");
      if (close < 0) throw new XmlError(`Bad line ${line}: need ]`, 2);
      const inner = text.slice(1);
      const pm = /^:*([^:]+)/.exec(inner);
      if (!pm) throw new XmlError(`Bad line ${line}: need :`, 2);
      pcnt = pm[1]!;
      const after = inner.slice(pm[0].length + 1).replace(/^\]+/, "");
      const bm = /^([^\]]+)/.exec(after);
      if (!bm) throw new XmlError(`Bad line ${line}: need ]`, 2);
      bcnt = bm[1]!;
      start = text.slice(close + 1);
    }
    const { argv, quoted } = splitArgs(start);
    let chain: string | undefined;
    for (let a = 1; a < argv.length; a++)
      if (argv[a - 1] === "-A") {
        chain = argv[a];
        break;
      }
    if (chain === undefined) throw new XmlError(`iptables-xml: line ${line} failed - no chain found\n`, 1);
    this.needChain(chain);
    if (this.combine && argv.length > 2 && !isTarget(argv[2]) && this.sameConditions(argv)) this.comment("Combine action from next rule");
    else {
      if (this.closeAction) this.out += `${this.closeAction}\n`;
      this.closeAction = "";
      if (this.closeRule) this.out += `${this.closeRule}\n`;
      this.out += "      <rule ";
      if (pcnt !== undefined) this.out += attrS("packet-count", pcnt);
      if (bcnt !== undefined) this.out += attrS("byte-count", bcnt);
      this.out += ">\n";
      this.closeRule = "      </rule>\n";
      if (argv.length >= 3 && !isTarget(argv[2])) {
        this.out += "       <conditions>\n";
        this.rulePart(-1, argv, quoted);
        this.out += "       </conditions>\n";
      }
    }
    if (!this.closeAction) {
      this.out += "       <actions>\n";
      this.closeAction = "       </actions>\n";
    }
    this.rulePart(1, argv, quoted);
    this.last = argv;
  }
}

/** sscanf("[%llu:%llu]"): what it could read (0 for the rest). */
function counters(s: string | undefined): [bigint, bigint] {
  const m = s === undefined ? null : /^\[\s*(\d+)(?::\s*(\d+))?/.exec(s);
  return [m ? BigInt(m[1]!) : 0n, m?.[2] !== undefined ? BigInt(m[2]) : 0n];
}

const USAGE = "Usage: iptables-xml [-c] [-v] [-h]\n          [--combine ]\n\t   [ --verbose ]\n\t   [ --help ]\n";

export async function iptablesXmlMain(ctx: ProgramContext): Promise<number> {
  const conv = new Converter();
  let verbose = false;
  const operands: string[] = [];
  let err = "";
  const finish = async (status: number) => {
    if (err) await ctx.stderr.write(err);
    if (conv.out) await ctx.stdout.write(conv.out);
    return status;
  };
  const args = ctx.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") {
      operands.push(...args.slice(i + 1));
      break;
    }
    const long = ["--combine", "--verbose", "--help"].find((l) => a.length > 2 && l.startsWith(a));
    const flags = a.startsWith("--") ? (long ? [long[2]!] : null) : a.startsWith("-") && a !== "-" ? [...a.slice(1)] : undefined;
    if (flags === undefined) {
      operands.push(a);
      continue;
    }
    if (flags === null) {
      err += `${ctx.argv[0]}: unrecognized option '${a}'\n`;
      continue;
    }
    for (const f of flags) {
      if (f === "c") conv.combine = true;
      else if (f === "v") {
        conv.out += "xptables-xml\n";
        verbose = true;
      } else if (f === "h") {
        err += USAGE;
        return finish(1);
      } else err += `${ctx.argv[0]}: invalid option -- '${f}'\n`;
    }
  }
  let input: string;
  if (operands.length === 1) {
    try {
      input = new TextDecoder().decode(ctx.task.host.fs.readFile(ctx.task, ctx.task.cwd, operands[0]!));
    } catch (e) {
      if (!(e instanceof KernelError)) throw e;
      err += `Can't open ${operands[0]}: ${strerror(e.errno)}`;
      return finish(1);
    }
  } else if (operands.length > 1) {
    err += "Unknown arguments found on commandline";
    return finish(1);
  } else input = await ctx.stdin.readAll();
  conv.out += '<iptables-rules version="1.0">\n';
  const lines = input.split(/(?<=\n)/);
  let line = 0;
  try {
    for (const text of lines) {
      line++;
      if (text[0] === "\n") continue;
      if (text[0] === "#") {
        conv.comment(text);
        continue;
      }
      if (verbose) conv.out += `<!-- line ${line} ${commentEscape(text)} -->\n`;
      if (text === "COMMIT\n" && conv.inTable) conv.closeTable();
      else if (text[0] === "*") {
        const name = text.slice(1).split(/[ \t\n]+/).find((w) => w !== "");
        if (!name) throw new XmlError(`iptables-xml: line ${line} table name invalid`, 2);
        conv.openTable(name);
      } else if (text[0] === ":" && conv.inTable) {
        const w = text.slice(1).split(/[ \t\n]+/).filter((x) => x !== "");
        if (!w[0]) throw new XmlError(`iptables-xml: line ${line} chain name invalid`, 2);
        if (!w[1]) throw new XmlError(`iptables-xml: line ${line} policy invalid`, 2);
        const [p, b] = counters(w[2]);
        conv.saveChain(w[0], w[1], p, b);
      } else if (conv.inTable) conv.rule(line, text);
      else throw new XmlError(`iptables-xml: line ${line} failed\n`, 1);
    }
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    // xtables_error() for PARAMETER_PROBLEM names the program and version and adds the hint.
    err += e.status === 2 ? `iptables-xml v1.8.9: ${e.text}\nTry \`iptables-xml -h' or 'iptables-xml --help' for more information.\n` : e.text;
    return finish(e.status);
  }
  if (conv.inTable) {
    err += `iptables-xml: COMMIT expected at line ${line + 1}\n`;
    return finish(1);
  }
  conv.out += "</iptables-rules>\n";
  return finish(0);
}
