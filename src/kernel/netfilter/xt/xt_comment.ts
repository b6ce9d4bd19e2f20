// comment match (net/netfilter/xt_comment.c): always matches; the text is for people.

import { xtRegisterMatch } from "../xt_registry.js";

xtRegisterMatch({ name: "comment", revisions: [0], match: () => true });
