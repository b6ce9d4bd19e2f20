// basename(1) and dirname(1): pure string operations on path names.
import type { Program } from "../../kernel/task/program.js";
import { Cmd, q } from "./common/cmd.js";

export function baseOf(name: string, suffix?: string): string {
  if (name === "") return "";
  let s = name.replace(/\/+$/, "");
  if (s === "") return "/";
  s = s.slice(s.lastIndexOf("/") + 1);
  if (suffix && s !== suffix && s.endsWith(suffix)) s = s.slice(0, -suffix.length);
  return s;
}

export function dirOf(name: string): string {
  let s = name.replace(/\/+$/, "");
  if (s === "") return name.startsWith("/") ? "/" : ".";
  const i = s.lastIndexOf("/");
  if (i < 0) return ".";
  s = s.slice(0, i).replace(/\/+$/, "");
  return s === "" ? "/" : s;
}

export const basenameMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({ short: "as:z", long: [{ name: "multiple", arg: "none", key: "a" }, { name: "suffix", arg: "required", key: "s" }, { name: "zero", arg: "none", key: "z" }] });
  if (typeof p === "number") return p;
  let multiple = false;
  let suffix: string | undefined;
  let end = "\n";
  for (const o of p.opts) {
    if (o.key === "a") multiple = true;
    else if (o.key === "s") {
      multiple = true;
      suffix = o.value;
    } else if (o.key === "z") end = "\0";
  }
  const ops = p.operands;
  if (!ops.length) return cmd.usage("missing operand");
  if (!multiple) {
    if (ops.length > 2) return cmd.usage(`extra operand ${q(ops[2]!)}`);
    await cmd.out(baseOf(ops[0]!, ops[1]) + end);
    return 0;
  }
  await cmd.out(ops.map((o) => baseOf(o, suffix) + end).join(""));
  return 0;
};

export const dirnameMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({ short: "z", long: [{ name: "zero", arg: "none", key: "z" }] });
  if (typeof p === "number") return p;
  const end = p.opts.some((o) => o.key === "z") ? "\0" : "\n";
  if (!p.operands.length) return cmd.usage("missing operand");
  await cmd.out(p.operands.map((o) => dirOf(o) + end).join(""));
  return 0;
};
