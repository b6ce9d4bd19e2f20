// The bash AST shared by the parser (parser.ts) and the interpreter (interp/).
// Shapes follow bash's own grammar (parse.y): a script is a list of statements;
// a statement is an and-or list of pipelines, optionally run in the background.
// Arithmetic bodies ($((…)), ((…)), for ((…))) are kept as source text and
// parsed by the arithmetic evaluator when run, as bash does.

export interface Pos {
  /** 1-based line where the node starts (for "FILE: line N: …" messages and LINENO). */
  line: number;
}

export interface Script {
  type: "Script";
  body: Statement[];
}

export interface Statement extends Pos {
  type: "Statement";
  andOr: AndOr;
  /** Terminated by `&`. */
  background: boolean;
}

export interface AndOr extends Pos {
  type: "AndOr";
  first: Pipeline;
  rest: Array<{ op: "&&" | "||"; pipeline: Pipeline }>;
}

export interface Pipeline extends Pos {
  type: "Pipeline";
  /** Leading `!`. */
  negated: boolean;
  /** Leading `time` keyword. */
  timed: boolean;
  /** `time -p`: POSIX output format. */
  timePosix?: boolean;
  commands: Command[];
  /** pipeStderr[i]: the pipe after commands[i] was `|&` (stderr too). */
  pipeStderr: boolean[];
}

export type Command = SimpleCommand | CompoundCommand | FunctionDef;

export interface SimpleCommand extends Pos {
  type: "SimpleCommand";
  assignments: Assignment[];
  /** Command name and arguments, before expansion (may be empty: `x=1`, `>file`). */
  words: Word[];
  redirects: Redirect[];
}

export interface Assignment extends Pos {
  type: "Assignment";
  name: string;
  /** `a[i]=v`: the subscript (unexpanded text, arithmetic for indexed arrays). */
  index?: Word;
  /** `+=` */
  append: boolean;
  /** Scalar value, or array literal `(a b c)` / `([k]=v ...)`. Empty word for `x=`. */
  value: Word | ArrayLiteral;
}

export interface ArrayLiteral {
  type: "ArrayLiteral";
  elements: Array<{ index?: Word; value: Word }>;
}

export interface CompoundCommand extends Pos {
  type: "Compound";
  body: CompoundBody;
  redirects: Redirect[];
}

export type CompoundBody =
  | Subshell
  | Group
  | If
  | For
  | ArithFor
  | WhileLoop
  | Case
  | ArithCommand
  | CondCommand;

export interface Subshell extends Pos {
  type: "Subshell";
  body: Statement[];
}

export interface Group extends Pos {
  type: "Group";
  body: Statement[];
}

export interface If extends Pos {
  type: "If";
  /** `if c; then b` followed by each `elif c; then b`. */
  clauses: Array<{ cond: Statement[]; body: Statement[] }>;
  elseBody?: Statement[];
}

export interface For extends Pos {
  type: "For";
  variable: string;
  /** Undefined for `for x; do` (iterates "$@"). */
  items?: Word[];
  /** `select x in …; do …; done` (same grammar as for-in): the interpreter shows the menu. */
  select?: boolean;
  body: Statement[];
}

export interface ArithFor extends Pos {
  type: "ArithFor";
  init: string;
  cond: string;
  update: string;
  body: Statement[];
}

export interface WhileLoop extends Pos {
  type: "While";
  /** `until` loop. */
  until: boolean;
  cond: Statement[];
  body: Statement[];
}

export interface Case extends Pos {
  type: "Case";
  word: Word;
  items: CaseItem[];
}

export interface CaseItem {
  patterns: Word[];
  body: Statement[];
  terminator: ";;" | ";&" | ";;&";
}

/** `(( expr ))` */
export interface ArithCommand extends Pos {
  type: "ArithCommand";
  expr: string;
}

/** `[[ expr ]]` */
export interface CondCommand extends Pos {
  type: "Cond";
  expr: CondExpr;
}

export type CondExpr =
  | { type: "CondAnd"; left: CondExpr; right: CondExpr }
  | { type: "CondOr"; left: CondExpr; right: CondExpr }
  | { type: "CondNot"; expr: CondExpr }
  | { type: "CondParen"; expr: CondExpr }
  /** -f, -z, -n, -d, -e, -v ... */
  | { type: "CondUnary"; op: string; arg: Word }
  /** ==, =, !=, =~, <, >, -eq, -ne, -lt, -le, -gt, -ge, -nt, -ot, -ef. Right of ==/!= is a pattern, of =~ a regex. */
  | { type: "CondBinary"; op: string; left: Word; right: Word }
  /** A lone word: true when non-empty. */
  | { type: "CondWord"; word: Word };

export interface FunctionDef extends Pos {
  type: "FunctionDef";
  name: string;
  body: CompoundCommand;
}

export type RedirectOp =
  | "<" // fd defaults to 0
  | ">" // fd defaults to 1
  | ">>"
  | ">|"
  | "<>"
  | "<&" // dup input; target "-" closes
  | ">&" // dup output; `>&file` with no fd is &>
  | "&>" // stdout+stderr to file
  | "&>>"
  | "<<" // heredoc
  | "<<-" // heredoc, leading tabs stripped
  | "<<<"; // here-string

export interface Redirect extends Pos {
  type: "Redirect";
  /** Explicit fd before the operator (`2>`), if any. */
  fd?: number;
  /** `{var}>file` form. */
  fdVar?: string;
  op: RedirectOp;
  /** File name, fd number/"-" for dups, the here-string word; for heredocs, the delimiter as written. */
  target: Word;
  /** Heredoc body. When the delimiter was quoted the body is one literal part; otherwise parsed for $, `, \ (no quotes). */
  heredoc?: Word;
}

export interface Word {
  type: "Word";
  parts: WordPart[];
  /** Set on an argument of a declaration builtin (declare, typeset, local, export, readonly) that
   *  looks like an assignment (`local x=1`, `declare -a a=(1 2)`): bash expands it as an assignment
   *  (no word splitting or globbing of the value, tilde after = and :, array literals allowed).
   *  `parts` still holds the whole word as written (for an array literal, its source text). */
  assignment?: Assignment;
}

export type WordPart =
  | Literal
  | SingleQuoted
  | DoubleQuoted
  | AnsiCQuoted
  | ParamExpansion
  | CommandSubstitution
  | ArithSubstitution
  | ProcessSubstitution
  | BraceExpansion
  | TildePrefix;

/** Unquoted text. Glob characters (* ? [) here are live; backslash escapes are already removed and
 *  the escaped characters emitted as SingleQuoted parts instead. */
export interface Literal {
  type: "Literal";
  value: string;
}

/** '…' and backslash-escaped characters: no expansion, no globbing, no splitting. */
export interface SingleQuoted {
  type: "SingleQuoted";
  value: string;
}

/** "…": parts are Literal (quoted text, never globbed or split), ParamExpansion, CommandSubstitution, ArithSubstitution. */
export interface DoubleQuoted {
  type: "DoubleQuoted";
  parts: WordPart[];
}

/** $'…' with escapes already decoded. */
export interface AnsiCQuoted {
  type: "AnsiCQuoted";
  value: string;
}

export type ParamOp =
  | ":-" | "-" | ":=" | "=" | ":?" | "?" | ":+" | "+" // defaults, assign, error, alternative
  | "#" | "##" | "%" | "%%" // remove prefix / suffix pattern
  | "/" | "//" | "/#" | "/%" // replace pattern (first, all, anchored start, anchored end)
  | "^" | "^^" | "," | ",," // case modification
  | ":" // substring ${x:off} / ${x:off:len}
  | "@"; // transformation ${x@Q} etc: arg holds the letter

export interface ParamExpansion {
  type: "ParamExpansion";
  /** Variable name, digit string for positionals, or one of @ * # ? - $ ! 0. */
  name: string;
  /** ${a[i]}: subscript as written (`@` and `*` for all elements). */
  index?: Word;
  /** ${#x} */
  length?: boolean;
  /** ${!x} (indirection) or ${!prefix*} / ${!a[@]} */
  indirect?: boolean;
  /** `$x` written without braces. */
  short?: boolean;
  op?: ParamOp;
  /** Word after the operator (default value, pattern, offset, transformation letter). */
  arg?: Word;
  /** Replacement for / forms; length for the : form. */
  arg2?: Word;
  /** `${!prefix*}` / `${!prefix@}`: names of variables starting with `name` (indirect is also set). */
  prefixMatch?: "*" | "@";
  /** Set when the text between the braces is not a valid expansion (`${a&}`): bash only reports
   *  "`${a&}': bad substitution" when the word is expanded. Holds the whole text `${a&}`. */
  badSubst?: string;
}

export interface CommandSubstitution {
  type: "CommandSubstitution";
  body: Statement[];
  /** Written with backticks. */
  backtick: boolean;
  /** Set when the body does not parse, for backticks and for `$(…)` inside an unquoted heredoc
   *  body: bash parses those bodies only when it runs
   *  it, so the interpreter runs this text (backslashes already processed) with a ScriptReader
   *  whose startLine is the current LINENO, executing the lines before the error and reporting
   *  the error as `NAME: command substitution: line N: …`. `body` is then empty. */
  source?: string;
}

export interface ArithSubstitution {
  type: "ArithSubstitution";
  expr: string;
}

export interface ProcessSubstitution {
  type: "ProcessSubstitution";
  op: "<" | ">";
  body: Statement[];
}

/** {a,b,c} alternatives or a {x..y[..step]} sequence, found in unquoted text. */
export interface BraceExpansion {
  type: "BraceExpansion";
  /** Alternatives, each a list of parts (which may nest further braces). */
  alternatives?: WordPart[][];
  /** Sequence form: integers or single letters, as written. */
  sequence?: { from: string; to: string; step?: string };
}

/** Leading ~ or ~user (and after : or = in assignments). */
export interface TildePrefix {
  type: "TildePrefix";
  user: string;
}

export function word(...parts: WordPart[]): Word {
  return { type: "Word", parts };
}

export function literalWord(s: string): Word {
  return { type: "Word", parts: [{ type: "Literal", value: s }] };
}
