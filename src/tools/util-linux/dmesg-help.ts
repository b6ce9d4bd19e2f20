// dmesg --help of util-linux 2.38.1, as printed on Debian 12.
export const DMESG_HELP =
  "\n" +
  "Usage:\n" +
  " dmesg [options]\n" +
  "\n" +
  "Display or control the kernel ring buffer.\n" +
  "\n" +
  "Options:\n" +
  " -C, --clear                 clear the kernel ring buffer\n" +
  " -c, --read-clear            read and clear all messages\n" +
  " -D, --console-off           disable printing messages to console\n" +
  " -E, --console-on            enable printing messages to console\n" +
  " -F, --file <file>           use the file instead of the kernel log buffer\n" +
  " -f, --facility <list>       restrict output to defined facilities\n" +
  " -H, --human                 human readable output\n" +
  " -J, --json                  use JSON output format\n" +
  " -k, --kernel                display kernel messages\n" +
  " -L, --color[=<when>]        colorize messages (auto, always or never)\n" +
  "                               colors are enabled by default\n" +
  " -l, --level <list>          restrict output to defined levels\n" +
  " -n, --console-level <level> set level of messages printed to console\n" +
  " -P, --nopager               do not pipe output into a pager\n" +
  " -p, --force-prefix          force timestamp output on each line of multi-line messages\n" +
  " -r, --raw                   print the raw message buffer\n" +
  "     --noescape              don't escape unprintable character\n" +
  " -S, --syslog                force to use syslog(2) rather than /dev/kmsg\n" +
  " -s, --buffer-size <size>    buffer size to query the kernel ring buffer\n" +
  " -u, --userspace             display userspace messages\n" +
  " -w, --follow                wait for new messages\n" +
  " -W, --follow-new            wait and print only new messages\n" +
  " -x, --decode                decode facility and level to readable string\n" +
  " -d, --show-delta            show time delta between printed messages\n" +
  " -e, --reltime               show local time and time delta in readable format\n" +
  " -T, --ctime                 show human-readable timestamp (may be inaccurate!)\n" +
  " -t, --notime                don't show any timestamp with messages\n" +
  "     --time-format <format>  show timestamp using the given format:\n" +
  "                               [delta|reltime|ctime|notime|iso]\n" +
  "Suspending/resume will make ctime and iso timestamps inaccurate.\n" +
  "     --since <time>          display the lines since the specified time\n" +
  "     --until <time>          display the lines until the specified time\n" +
  "\n" +
  " -h, --help                  display this help\n" +
  " -V, --version               display version\n" +
  "\n" +
  "Supported log facilities:\n" +
  "    kern - kernel messages\n" +
  "    user - random user-level messages\n" +
  "    mail - mail system\n" +
  "  daemon - system daemons\n" +
  "    auth - security/authorization messages\n" +
  "  syslog - messages generated internally by syslogd\n" +
  "     lpr - line printer subsystem\n" +
  "    news - network news subsystem\n" +
  "\n" +
  "Supported log levels (priorities):\n" +
  "   emerg - system is unusable\n" +
  "   alert - action must be taken immediately\n" +
  "    crit - critical conditions\n" +
  "     err - error conditions\n" +
  "    warn - warning conditions\n" +
  "  notice - normal but significant condition\n" +
  "    info - informational\n" +
  "   debug - debug-level messages\n" +
  "\n" +
  "For more details see dmesg(1).\n";
