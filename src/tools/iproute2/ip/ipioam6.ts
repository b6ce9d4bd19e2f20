// iproute2 6.1 ip/ipioam6.c: `ip ioam namespace show|add|del|set` and
// `ip ioam schema show|add|del` over the "IOAM6" generic netlink family
// (kernel/ipv6/ioam6.ts). Keywords are compared whole (strcmp), unlike most
// of ip; a namespace's `data` may be followed by `wide`, not the reverse.

import {
  ioam6AddNamespace,
  ioam6AddSchema,
  ioam6DelNamespace,
  ioam6DelSchema,
  ioam6DumpNamespaces,
  ioam6DumpSchemas,
  ioam6NsSetSchema,
  IOAM6_GENL_NAME,
  IOAM6_MAX_SCHEMA_DATA_LEN,
} from "../../../kernel/ipv6/ioam6.js";
import { getUnsigned, incompleteCommand, invarg, IpExit } from "../lib/utils.js";
import { genlInitHandle, genlTalk } from "../lib/libgenl.js";
import type { IpCtx } from "./iplink.js";
import { registerIpObject } from "./ip.js";

function usage(ctx: IpCtx): never {
  ctx.err(
    "Usage:\tip ioam { COMMAND | help }\n" +
      "\tip ioam namespace show\n" +
      "\tip ioam namespace add ID [ data DATA32 ] [ wide DATA64 ]\n" +
      "\tip ioam namespace del ID\n" +
      "\tip ioam schema show\n" +
      "\tip ioam schema add ID DATA\n" +
      "\tip ioam schema del ID\n" +
      "\tip ioam namespace set ID schema { ID | none }\n",
  );
  throw new IpExit(255);
}

/** get_u64(arg, 16): strtoull in base 16 (an optional 0x), the whole word, no sign. */
function getU64Hex(arg: string): bigint | undefined {
  const m = /^\s*\+?(?:0[xX])?([0-9a-fA-F]+)$/.exec(arg);
  if (!m) return undefined;
  const v = BigInt("0x" + m[1]!);
  return v > 0xffffffffffffffffn ? undefined : v;
}

function printNamespaces(ctx: IpCtx): void {
  const out = ctx.out;
  out.newJsonObj(ctx.json, ctx.pretty);
  for (const n of ioam6DumpNamespaces(ctx.task.netns)) {
    out.openObject(null);
    out.uint("ANY", "namespace", "namespace %u", n.id);
    if (n.schema !== undefined) out.uint("ANY", "schema", " [schema %u]", n.schema);
    if (n.data !== undefined) {
      // print_hex(): "%#010x" in the text, the bare hex digits in JSON.
      if (out.isJson) out.hex("JSON", "data", "", n.data);
      else out.raw(`, data ${n.data ? "0x" + n.data.toString(16).padStart(8, "0") : "0000000000"}`);
    }
    if (n.dataWide !== undefined) {
      const hex = n.dataWide.toString(16);
      if (out.isJson) out.string("JSON", "wide", null, "0x" + hex);
      else out.raw(`, wide ${n.dataWide ? "0x" + hex.padStart(16, "0") : "000000000000000000"}`);
    }
    out.nl();
    out.closeObject();
  }
  out.deleteJsonObj();
}

function printSchemas(ctx: IpCtx): void {
  const out = ctx.out;
  out.newJsonObj(ctx.json, ctx.pretty);
  for (const s of ioam6DumpSchemas(ctx.task.netns)) {
    out.openObject(null);
    out.uint("ANY", "schema", "schema %u", s.id);
    if (s.ns !== undefined) out.uint("ANY", "namespace", " [namespace %u]", s.ns);
    out.null("ANY", "data", ", data:");
    for (const b of s.data) out.uint("ANY", "", " %02x", b);
    out.nl();
    out.closeObject();
  }
  out.deleteJsonObj();
}

async function doIoam6(ctx: IpCtx, argv: string[]): Promise<number> {
  if (!argv.length || argv[0] === "help") usage(ctx);
  let i = 0;
  const next = (): string => {
    if (i + 1 >= argv.length) incompleteCommand(ctx);
    return argv[++i]!;
  };
  const nextOk = (): boolean => i + 1 < argv.length;
  const u16 = (v: string, what: string): number => {
    const n = getUnsigned(v, 0xffff);
    if (n === undefined) invarg(ctx, what, v);
    return n;
  };
  const u32 = (v: string, what: string): number => {
    const n = getUnsigned(v);
    if (n === undefined) invarg(ctx, what, v);
    return n;
  };
  const net = ctx.task.netns;
  let run: (() => void) | undefined;
  let dump: (() => void) | undefined;
  const obj = argv[0]!;
  if (obj === "namespace") {
    const c = next();
    if (c === "show") dump = () => printNamespaces(ctx);
    else if (c === "add") {
      const id = u16(next(), "Invalid namespace ID");
      let data: number | undefined;
      let wide: bigint | undefined;
      let maybeWide = false;
      if (nextOk()) {
        const w = argv[++i]!;
        if (w === "data") {
          data = u32(next(), "Invalid data");
          maybeWide = true;
        } else if (w === "wide") {
          const v = next();
          wide = getU64Hex(v);
          if (wide === undefined) invarg(ctx, "Invalid wide data", v);
        } else invarg(ctx, "Invalid argument", w);
      }
      if (nextOk()) {
        const w = argv[++i]!;
        if (!maybeWide || w !== "wide") invarg(ctx, "Unexpected argument", w);
        const v = next();
        wide = getU64Hex(v);
        if (wide === undefined) invarg(ctx, "Invalid wide data", v);
      }
      run = () => ioam6AddNamespace(net, id, data, wide);
    } else if (c === "del") {
      const id = u16(next(), "Invalid namespace ID");
      run = () => ioam6DelNamespace(net, id);
    } else if (c === "set") {
      const id = u16(next(), "Invalid namespace ID");
      const w = next();
      if (w !== "schema") invarg(ctx, "Unknown", w);
      const v = next();
      const sc = v === "none" ? undefined : u32(v, "Invalid schema ID");
      run = () => ioam6NsSetSchema(net, id, sc);
    } else invarg(ctx, "Unknown", c);
  } else if (obj === "schema") {
    const c = next();
    if (c === "show") dump = () => printSchemas(ctx);
    else if (c === "add") {
      const id = u32(next(), "Invalid schema ID");
      const v = next();
      const data = new TextEncoder().encode(v);
      if (data.length > IOAM6_MAX_SCHEMA_DATA_LEN) invarg(ctx, "Schema DATA too big", v);
      run = () => ioam6AddSchema(net, id, data);
    } else if (c === "del") {
      const id = u32(next(), "Invalid schema ID");
      run = () => ioam6DelSchema(net, id);
    } else invarg(ctx, "Unknown", c);
  } else invarg(ctx, "Unknown", obj);
  genlInitHandle(ctx, IOAM6_GENL_NAME);
  if (dump) {
    dump();
    return 0;
  }
  // A refused change: the C code's -1, so ip exits 1.
  const done = genlTalk(ctx, () => {
    run!();
    return true;
  });
  return done ? 0 : 1;
}

registerIpObject("ioam", doIoam6);
