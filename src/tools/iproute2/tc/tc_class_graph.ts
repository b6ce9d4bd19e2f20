// tc/tc_class.c's class graph (`tc -g class show`): print_class() only
// collects each class (graph_node_add: roots and the rest on two lists, each
// newest first), then graph_cls_show() draws the tree with graph_indent()'s
// "|    " / "     " columns. Kept as upstream walks it, including the
// right_node links it leaves behind, which decide the blank lines after the
// last class of a level.

import type { TcNlMsg } from "../../../uapi/pkt_sched.js";
import { TC_H_ROOT } from "../../../uapi/pkt_sched.js";
import type { TcCtx } from "./tc_common.js";
import { getQdiscKind } from "./tc_common.js";
import { printTcstatsAttr, sprintTcClassid } from "./tc_util.js";

interface GraphNode {
  id: number;
  parentId: number;
  parent?: GraphNode;
  right?: GraphNode;
  m: TcNlMsg;
  nodesCount: number;
  /** the hlist this node is on, to tell whether it has a next (hlist.next) */
  list: GraphNode[];
}

/** The two lists graph_node_add() fills. */
export interface ClassGraph {
  roots: GraphNode[];
  rest: GraphNode[];
}

export function classGraphNew(): ClassGraph {
  return { roots: [], rest: [] };
}

/** graph_node_add(): hlist_add_head onto the root list or the other one. */
export function graphNodeAdd(g: ClassGraph, m: TcNlMsg): void {
  const list = m.tcm.tcm_parent === TC_H_ROOT ? g.roots : g.rest;
  list.unshift({ id: m.tcm.tcm_handle, parentId: m.tcm.tcm_parent, m, nodesCount: 0, list });
}

const hasNext = (n: GraphNode): boolean => n.list.indexOf(n) < n.list.length - 1;

/** graph_indent() */
function graphIndent(node: GraphNode, isNewline: boolean, addSpaces: number): string {
  let buf = "";
  let n: GraphNode | undefined = node;
  while (n && n.parent) {
    n.parent.right = n;
    n = n.parent;
  }
  while (n && n.right) {
    buf += hasNext(n) ? "|    " : "     ";
    n = n.right;
  }
  if (isNewline && n) {
    if (hasNext(n) && n.nodesCount) buf += "|    |";
    else if (hasNext(n)) buf += "|     ";
    else if (n.nodesCount) buf += "     |";
    else buf += "      ";
  }
  if (addSpaces > 0) buf += " ".repeat(addSpaces);
  return buf;
}

/** graph_cls_show() */
export function graphClsShow(ctx: TcCtx, g: ClassGraph, level: GraphNode[]): void {
  const out = ctx.out;
  // hlist_for_each_safe: the list is walked as it stands; the nodes stay on it (hasNext sees them).
  for (const cls of [...level]) {
    const children: GraphNode[] = [];
    for (const child of [...g.rest]) {
      if (cls.id === child.parentId) {
        g.rest.splice(g.rest.indexOf(child), 1);
        children.unshift(child);
        child.list = children;
        cls.nodesCount++;
        child.parent = cls;
      }
    }
    const idStr = sprintTcClassid(cls.id, ctx.clsNames);
    let buf = graphIndent(cls, false, 0) + `+---(${idStr})`;
    const kind = cls.m.attrs.TCA_KIND;
    if (kind === undefined) buf += " [unknown qdisc kind] ";
    else {
      out.raw(buf + ` ${kind} `);
      buf = "";
      const q = getQdiscKind(kind);
      if (q.printCopt && cls.m.attrs.TCA_OPTIONS) q.printCopt(ctx, cls.m.attrs.TCA_OPTIONS);
      if (ctx.stats) {
        buf = graphIndent(cls, true, q.id.length - 2 + idStr.length);
        if (cls.m.attrs.TCA_STATS2) {
          out.raw("\n");
          printTcstatsAttr(out, ctx.iec, cls.m.attrs, buf);
          buf = "";
        }
        if (hasNext(cls) || cls.nodesCount) buf += "\n" + graphIndent(cls, true, 0);
      }
    }
    out.raw(buf + "\n");
    graphClsShow(ctx, g, children);
    out.raw(hasNext(cls) ? "" : graphIndent(cls, false, 0) + "\n");
  }
}
