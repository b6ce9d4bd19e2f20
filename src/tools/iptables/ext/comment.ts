// comment match (extensions/libxt_comment.c): up to 255 characters.

import type { XtComment } from "../../../uapi/xt_ext.js";
import type { XtExtension } from "./types.js";
import { saveString } from "./xtoptions.js";

const XT_MAX_COMMENT_LEN = 256;

export const COMMENT: XtExtension<XtComment> = {
  kind: "match",
  name: "comment",
  revision: 0,
  x6: true,
  help: () => "comment match options:\n--comment COMMENT             Attach a comment to a rule\n",
  options: [{ name: "comment", hasArg: true, id: 0, mand: true }],
  init: () => ({ comment: "" }),
  parse(c) {
    c.data.comment = c.arg.slice(0, XT_MAX_COMMENT_LEN - 1);
  },
  print: (d) => ` /* ${d.comment} */`,
  save: (d) => ` --comment${saveString(d.comment)}`,
};
