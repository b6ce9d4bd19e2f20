// ip/iplink_vrf.c: name_is_vrf() and ipvrf_get_table(), the lookups behind every `vrf NAME` argument.
// The model has no vrf driver (iplink.ts KINDS_WITHOUT_MODULE: the kernel refuses the kind), so a
// device found by name is never of kind "vrf": both answer "not a VRF" for it, as they would on a
// kernel where it is some other kind.
import { rtnlTalk } from "../../../kernel/core/rtnetlink.js";
import type { IfInfoMsg } from "../../../uapi/if_link.js";
import { RT_TABLE_MAIN } from "../../../uapi/route.js";
import { invarg, linkGet, llNameToIndex, type Ctx } from "./utils.js";

/** name_is_vrf(): the device exists and its kind is "vrf". */
export function nameIsVrf(ctx: Ctx, name: string): boolean {
  return linkGet(ctx, name)?.IFLA_LINKINFO?.IFLA_INFO_KIND === "vrf";
}

/** ipvrf_get_table(): the VRF's table, main for "default" when no device has that name, else 0. */
export function ipvrfGetTable(ctx: Ctx, name: string): number {
  if (!linkGet(ctx, name)) return name === "default" ? RT_TABLE_MAIN : 0;
  // A vrf device's IFLA_VRF_TABLE would be read here; no device of that kind exists in the model.
  return 0;
}

/** A `vrf NAME` argument: the ifindex of a device of kind vrf, or "Not a valid VRF name". */
export function vrfIndexArg(ctx: Ctx, name: string): number {
  const idx = llNameToIndex(ctx, name);
  if (!idx || !nameIsVrf(ctx, name)) invarg(ctx, "Not a valid VRF name\n", name);
  return idx;
}

/** ip_link_list() with an IFLA_INFO_KIND filter: the links of one kind (the kernel filters the dump by kind). */
export function dumpLinksKind(ctx: Ctx, kind: string): IfInfoMsg[] {
  const r = rtnlTalk(ctx.task, { type: "RTM_GETLINK", dump: true, ifi_index: 0, attrs: { IFLA_EXT_MASK: 1 << 3 } });
  return r.type === "links" ? r.links.filter((l) => l.IFLA_LINKINFO?.IFLA_INFO_KIND === kind) : [];
}
