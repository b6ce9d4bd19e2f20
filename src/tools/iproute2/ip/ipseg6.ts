// iproute2 6.1 ip/ipseg6.c: `ip sr hmac show|set KEYID ALGO` and `ip sr tunsrc
// show|set ADDRESS` over the "SEG6" generic netlink family
// (kernel/ipv6/seg6.ts). `hmac set` asks for the secret with getpass(): with
// no terminal (as here) the prompt goes to stderr and the secret is the next
// line of standard input (nothing: the empty secret, which deletes the key).

import { formatIp6 } from "../../../wire/addr.js";
import { seg6DumpHmac, seg6GetTunsrc, seg6SetHmac, seg6SetTunsrc, SEG6_GENL_NAME } from "../../../kernel/ipv6/seg6.js";
import { getUnsigned, incompleteCommand, invarg, IpExit, matches } from "../lib/utils.js";
import { getAddr6 } from "../lib/inet.js";
import { genlInitHandle, genlTalk } from "../lib/libgenl.js";
import type { IpCtx } from "./iplink.js";
import { registerIpObject } from "./ip.js";

const HMAC_KEY_PROMPT = "Enter secret for HMAC key ID (blank to delete): ";
const SEG6_HMAC_ALGO_SHA1 = 1;
const SEG6_HMAC_ALGO_SHA256 = 2;

function usage(ctx: IpCtx): never {
  ctx.err(
    "Usage: ip sr { COMMAND | help }\n" +
      "          ip sr hmac show\n" +
      "          ip sr hmac set KEYID ALGO\n" +
      "          ip sr tunsrc show\n" +
      "          ip sr tunsrc set ADDRESS\n" +
      "where  ALGO := { sha1 | sha256 }\n",
  );
  throw new IpExit(255);
}

/** getpass() without a terminal: the prompt on stderr, a line of stdin without its newline. */
async function getpass(ctx: IpCtx, prompt: string): Promise<string> {
  ctx.err(prompt);
  const l = await ctx.stdin?.readLine();
  return l ? l.line : "";
}

function printHmacs(ctx: IpCtx): void {
  const out = ctx.out;
  out.newJsonObj(ctx.json, ctx.pretty);
  for (const h of seg6DumpHmac(ctx.task.netns)) {
    let slen = h.secret.length;
    if (slen > 63) {
      ctx.err(`HMAC secret length ${slen} > 63, truncated\n`);
      slen = 63;
    }
    // The secret is printed as a C string: it stops at a NUL.
    const bytes = h.secret.subarray(0, slen);
    const nul = bytes.indexOf(0);
    const secret = new TextDecoder().decode(nul >= 0 ? bytes.subarray(0, nul) : bytes);
    const algo = h.algId === SEG6_HMAC_ALGO_SHA1 ? "sha1" : h.algId === SEG6_HMAC_ALGO_SHA256 ? "sha256" : "<unknown>";
    out.openObject(null);
    out.uint("ANY", "hmac", "hmac %u ", h.hmackeyid);
    out.string("ANY", "algo", "algo %s ", algo);
    out.string("ANY", "secret", 'secret "%s"\n', secret);
    out.closeObject();
  }
  out.deleteJsonObj();
}

async function doSeg6(ctx: IpCtx, argv: string[]): Promise<number> {
  if (!argv.length || matches(argv[0]!, "help")) usage(ctx);
  let i = 0;
  const next = (): string => {
    if (i + 1 >= argv.length) incompleteCommand(ctx);
    return argv[++i]!;
  };
  const obj = argv[0]!;
  const ns = ctx.task.netns;
  let run: () => void;
  if (matches(obj, "hmac")) {
    const c = next();
    if (matches(c, "show")) run = () => printHmacs(ctx);
    else if (matches(c, "set")) {
      const k = next();
      const keyid = getUnsigned(k);
      if (keyid === undefined || keyid === 0) invarg(ctx, "hmac KEYID value is invalid", k);
      const a = next();
      let alg: number;
      if (a === "sha1") alg = SEG6_HMAC_ALGO_SHA1;
      else if (a === "sha256") alg = SEG6_HMAC_ALGO_SHA256;
      else invarg(ctx, "hmac ALGO value is invalid", a);
      const pass = new TextEncoder().encode(await getpass(ctx, HMAC_KEY_PROMPT));
      run = () => seg6SetHmac(ns, keyid, pass.length & 0xff, alg, pass.length ? pass : undefined);
    } else invarg(ctx, "unknown", c);
  } else if (matches(obj, "tunsrc")) {
    const c = next();
    if (matches(c, "show")) {
      run = () => {
        ctx.out.newJsonObj(ctx.json, ctx.pretty);
        ctx.out.openObject(null);
        ctx.out.string("ANY", "tunsrc", "tunsrc addr %s\n", formatIp6(seg6GetTunsrc(ns)));
        ctx.out.closeObject();
        ctx.out.deleteJsonObj();
      };
    } else if (matches(c, "set")) {
      const addr = getAddr6(ctx, next());
      run = () => seg6SetTunsrc(ns, addr);
    } else invarg(ctx, "unknown", c);
  } else invarg(ctx, "unknown", obj);
  genlInitHandle(ctx, SEG6_GENL_NAME);
  // A refused change: the C code's -1, so ip exits 1.
  const done = genlTalk(ctx, () => {
    run!();
    return true;
  });
  return done ? 0 : 1;
}

registerIpObject("sr", doSeg6);
