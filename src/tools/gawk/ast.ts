// The awk syntax tree produced by parse.ts (the shape of gawk's awkgram.y,
// without its byte-code layer).

export type Expr =
  | { k: "num"; v: number }
  | { k: "str"; v: string }
  /** A regex literal: in a value context it means `$0 ~ /re/`. */
  | { k: "re"; src: string }
  | { k: "var"; name: string }
  | { k: "index"; name: string; subs: Expr[] }
  | { k: "field"; e: Expr }
  | { k: "assign"; op: string; target: Expr; e: Expr }
  | { k: "cond"; c: Expr; a: Expr; b: Expr }
  | { k: "and"; a: Expr; b: Expr }
  | { k: "or"; a: Expr; b: Expr }
  | { k: "in"; subs: Expr[]; name: string }
  | { k: "match"; neg: boolean; a: Expr; re: Expr }
  | { k: "cmp"; op: string; a: Expr; b: Expr }
  | { k: "concat"; parts: Expr[] }
  | { k: "bin"; op: string; a: Expr; b: Expr }
  | { k: "neg"; e: Expr }
  | { k: "plus"; e: Expr }
  | { k: "not"; e: Expr }
  | { k: "incdec"; op: "++" | "--"; prefix: boolean; target: Expr }
  | { k: "group"; e: Expr }
  | { k: "call"; name: string; args: Expr[]; line: number }
  | { k: "builtin"; name: string; args: Expr[]; line: number }
  /** getline forms: plain (main input), < file, cmd | getline. */
  | { k: "getline"; src: "main" | "file" | "cmd"; from?: Expr; target?: Expr };

export type Redirect = { kind: ">" | ">>" | "|"; dest: Expr };

export type Stmt =
  | { k: "expr"; e: Expr }
  | { k: "print"; args: Expr[]; redir?: Redirect }
  | { k: "printf"; args: Expr[]; redir?: Redirect; line: number }
  | { k: "if"; c: Expr; then: Stmt; else?: Stmt }
  | { k: "while"; c: Expr; body: Stmt }
  | { k: "do"; body: Stmt; c: Expr }
  | { k: "for"; init?: Stmt; c?: Expr; step?: Stmt; body: Stmt }
  | { k: "forin"; v: Expr; arr: string; body: Stmt }
  | { k: "block"; body: Stmt[] }
  | { k: "next" }
  | { k: "nextfile" }
  | { k: "exit"; e?: Expr }
  | { k: "return"; e?: Expr }
  | { k: "break" }
  | { k: "continue" }
  | { k: "delete"; name: string; subs?: Expr[] }
  | { k: "getline"; e: Expr };

export type Pattern =
  | { k: "begin" }
  | { k: "end" }
  | { k: "beginfile" }
  | { k: "endfile" }
  | { k: "all" }
  | { k: "expr"; e: Expr }
  | { k: "range"; a: Expr; b: Expr };

export interface Rule {
  pattern: Pattern;
  /** undefined: the default action `{ print }`. */
  action?: Stmt[];
}

export interface FuncDef {
  name: string;
  params: string[];
  body: Stmt[];
}

export interface Program {
  rules: Rule[];
  funcs: Map<string, FuncDef>;
}
