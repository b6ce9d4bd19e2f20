// The shape of a topology file, in valibot. Each field's message is what the
// user reads after "FILE:LINE:COL: PATH: ". Cross-references (link endpoints
// naming hosts and switches, a NIC linked twice) are checked in check.ts,
// once the shape is known to be right.

import * as v from "valibot";
import { devValidName } from "../../kernel/core/dev.js";
import { validHostName } from "../names.js";
import { parseLoss, parseRate, parseTime } from "../underlay/units.js";

/** "10.0.0.1/24": four decimal octets 0-255 without leading zeros, prefix 0-32. */
export function isCidr(s: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(s);
  if (!m) return false;
  const octets = m.slice(1, 5);
  return octets.every((o) => Number(o) <= 255 && (o === "0" || !o.startsWith("0"))) && Number(m[5]) <= 32;
}

/** A YAML mapping (not a list, which valibot's record would take by its indices). */
function isMapping(what: string) {
  return v.custom<Record<string, unknown>>((x) => typeof x === "object" && x !== null && !Array.isArray(x), what);
}

/** A strict mapping whose unknown keys are named with the keys it does allow. */
function mapping<const E extends v.ObjectEntries>(entries: E, what: string) {
  const keys = Object.keys(entries).join(", ");
  return v.strictObject(entries, (issue) => (issue.expected === "never" ? `unknown key (expected one of: ${keys})` : `expected ${what}`));
}

const cidr = v.pipe(v.string("expected CIDR like 10.0.0.1/24"), v.check(isCidr, "expected CIDR like 10.0.0.1/24"));
const time = v.pipe(v.string("expected a time like 2ms"), v.check((s) => parseTime(s) !== undefined, "expected a time like 2ms"));
const nicName = v.pipe(
  v.string("expected an interface name like eth1"),
  v.check(devValidName, "expected an interface name like eth1 (at most 15 characters, no '/', ':' or spaces)"),
);
const nodeName = v.pipe(v.string(), v.check(validHostName, "invalid name (letters, digits and '-', at most 64 characters)"));

export const NicSchema = mapping({ name: nicName, address: v.optional(cidr) }, "a NIC like {name: eth1, address: 10.0.0.1/24}");

export const HostSchema = v.nullish(
  mapping(
    {
      nics: v.optional(v.array(NicSchema, "expected a list of NICs")),
      startup: v.optional(v.string("expected a script (a string; use | for several lines)")),
      bare: v.optional(v.boolean("expected true or false")),
    },
    "a mapping with nics, startup or bare",
  ),
);

export const SwitchSchema = v.nullish(mapping({ ageing: v.optional(time) }, "a mapping like {ageing: 300s}"));

export const LinkSchema = mapping(
  {
    endpoints: v.tuple([v.string("expected HOST:NIC or SWITCH[:PORT]"), v.string("expected HOST:NIC or SWITCH[:PORT]")], 'expected two endpoints like ["a:eth1", "b:eth1"]'),
    delay: v.optional(time),
    loss: v.optional(v.pipe(v.string("expected a percentage like 0.5%"), v.check((s) => parseLoss(s) !== undefined, "expected a percentage like 0.5%"))),
    rate: v.optional(v.pipe(v.string("expected a rate like 100mbit"), v.check((s) => parseRate(s) !== undefined, "expected a rate like 100mbit"))),
    queue: v.optional(v.pipe(v.number("expected a number of frames"), v.integer("expected a number of frames"), v.minValue(1, "expected a number of frames from 1"))),
  },
  'a link like {endpoints: ["a:eth1", "b:eth1"]}',
);

export const TopologySchema = mapping(
  {
    name: v.optional(v.string("expected a name")),
    hosts: v.pipe(
      isMapping("expected a mapping of host names"),
      v.record(nodeName, HostSchema),
      v.check((h) => Object.keys(h).length > 0, "expected at least one host"),
    ),
    switches: v.optional(v.pipe(isMapping("expected a mapping of switch names"), v.record(nodeName, SwitchSchema))),
    links: v.optional(v.array(LinkSchema, "expected a list of links")),
  },
  "a mapping with hosts (and name, switches, links)",
);

export type Topology = v.InferOutput<typeof TopologySchema>;
