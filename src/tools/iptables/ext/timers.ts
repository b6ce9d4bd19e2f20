// IDLETIMER (libxt_IDLETIMER.c, revision 1) and LED (libxt_LED.c).

import type { XtIdletimer, XtLed } from "../../../uapi/xt_ext_targets.js";
import { paramError } from "../errors.js";
import type { XtExtension } from "./types.js";
import { parseUint } from "./xtoptions.js";

export const XT_IDLETIMER_ALARM = 1;

export const IDLETIMER: XtExtension<XtIdletimer> = {
  kind: "target",
  name: "IDLETIMER",
  revision: 1,
  x6: true,
  help: () =>
    "IDLETIMER target options:\n" +
    " --timeout time\tTimeout until the notification is sent (in seconds)\n" +
    " --label string\tUnique rule identifier\n" +
    " --alarm\tUse alarm instead of default timer\n" +
    "\n",
  options: [
    { name: "timeout", hasArg: true, id: 0, mand: true },
    { name: "label", hasArg: true, id: 1, mand: true },
    { name: "alarm", hasArg: false, id: 2 },
  ],
  init: () => ({ timeout: 0, label: "", timerType: 0 }),
  parse(c) {
    if (c.opt.id === 0) c.data.timeout = parseUint("IDLETIMER", "timeout", c.arg, 0, 0xffffffff);
    else if (c.opt.id === 1) {
      // label[MAX_IDLETIMER_LABEL_SIZE = 28]: XTTYPE_STRING cuts longer text.
      c.data.label = c.arg.slice(0, 27);
    } else c.data.timerType = XT_IDLETIMER_ALARM;
  },
  print: (d) => ` timeout:${d.timeout} label:${d.label}${d.timerType === XT_IDLETIMER_ALARM ? " alarm" : ""}`,
  save: (d) => ` --timeout ${d.timeout} --label ${d.label}${d.timerType === XT_IDLETIMER_ALARM ? " --alarm" : ""}`,
};

/** The ID with `"` and `\` escaped, as LED prints it. */
const ledId = (d: XtLed) => d.id.slice("netfilter-".length).replace(/["\\]/g, (c) => `\\${c}`);

export const LED: XtExtension<XtLed> = {
  kind: "target",
  name: "LED",
  revision: 0,
  x6: true,
  help: () =>
    "LED target options:\n" +
    "--led-trigger-id name           suffix for led trigger name\n" +
    "--led-delay ms                  leave the LED on for this number of\n" +
    "                                milliseconds after triggering.\n" +
    "--led-always-blink              blink on arriving packets, even if\n" +
    "                                the LED is already on.\n",
  options: [
    { name: "led-trigger-id", hasArg: true, id: 0, mand: true },
    { name: "led-delay", hasArg: true, id: 1 },
    { name: "led-always-blink", hasArg: false, id: 2 },
  ],
  init: () => ({ id: "", alwaysBlink: false, delay: 0 }),
  parse(c) {
    const d = c.data;
    if (c.opt.id === 0) {
      // id[27] minus "netfilter-": at most 16 characters.
      if (c.arg.length > 16) paramError("Argument must have a maximum length of 16 characters\n");
      d.id = `netfilter-${c.arg}`;
    } else if (c.opt.id === 1) {
      if (c.arg.slice(0, 3).toLowerCase() === "inf") d.delay = -1;
      else {
        const v = /^(0x[0-9a-f]+|0[0-7]*|[1-9]\d*)$/i.test(c.arg) ? Number(c.arg.startsWith("0") && !/^0x/i.test(c.arg) ? parseInt(c.arg, 8) : c.arg) : NaN;
        if (!(v >= 0 && v <= 0xffffffff)) paramError(`Delay value must be within range 0..4294967295`);
        d.delay = v | 0;
      }
    } else d.alwaysBlink = true;
  },
  print(d) {
    let s = ` led-trigger-id:"${ledId(d)}"`;
    s += d.delay === -1 ? " led-delay:inf" : ` led-delay:${d.delay}ms`;
    if (d.alwaysBlink) s += " led-always-blink";
    return s;
  },
  save(d) {
    let s = ` --led-trigger-id "${ledId(d)}"`;
    if (d.delay > 0) s += ` --led-delay ${d.delay}`;
    else if (d.delay === -1) s += " --led-delay inf";
    if (d.alwaysBlink) s += " --led-always-blink";
    return s;
  },
};
