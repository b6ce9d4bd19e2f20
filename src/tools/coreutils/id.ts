// id(1) and whoami(1): every emulated process runs as root (uid 0, gid 0);
// the only known user and group is root, as /etc/passwd of a fresh container.
import type { Program } from "../../kernel/task/program.js";
import { Cmd, q } from "./common/cmd.js";

export const idMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({
    short: "agGnruzZ",
    long: [
      { name: "group", arg: "none", key: "g" },
      { name: "groups", arg: "none", key: "G" },
      { name: "name", arg: "none", key: "n" },
      { name: "real", arg: "none", key: "r" },
      { name: "user", arg: "none", key: "u" },
      { name: "zero", arg: "none", key: "z" },
      { name: "context", arg: "none", key: "Z" },
    ],
  });
  if (typeof p === "number") return p;
  const has = (k: string) => p.opts.some((o) => o.key === k);
  const sel = ["u", "g", "G"].filter(has);
  if (sel.length > 1) {
    await cmd.error('cannot print "only" of more than one choice');
    return 1;
  }
  if ((has("n") || has("r")) && !sel.length) return cmd.usage("cannot print only names or real IDs in default format");
  if (has("Z")) {
    await cmd.error("--context (-Z) works only on an SELinux-enabled kernel");
    return 1;
  }
  let status = 0;
  const users = p.operands.length ? p.operands : [undefined];
  for (const u of users) {
    if (u !== undefined && u !== "root" && u !== "0") {
      await cmd.error(`${q(u)}: no such user`);
      status = 1;
      continue;
    }
    const end = has("z") ? "\0" : "\n";
    if (sel.length) await cmd.out(`${has("n") ? "root" : "0"}${end}`);
    else await cmd.out("uid=0(root) gid=0(root) groups=0(root)\n");
  }
  return status;
};

export const whoamiMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({ short: "" });
  if (typeof p === "number") return p;
  if (p.operands.length) return cmd.usage(`extra operand ${q(p.operands[0]!)}`);
  await cmd.out("root\n");
  return 0;
};
