// hexdump --help of util-linux 2.38.1 as Debian 12 prints it (@PROG@: the name it was run as).
export const HEXDUMP_HELP =
  "\n" +
  "Usage:\n" +
  " @PROG@ [options] <file>...\n" +
  "\n" +
  "Display file contents in hexadecimal, decimal, octal, or ascii.\n" +
  "\n" +
  "Options:\n" +
  " -b, --one-byte-octal      one-byte octal display\n" +
  " -c, --one-byte-char       one-byte character display\n" +
  " -C, --canonical           canonical hex+ASCII display\n" +
  " -d, --two-bytes-decimal   two-byte decimal display\n" +
  " -o, --two-bytes-octal     two-byte octal display\n" +
  " -x, --two-bytes-hex       two-byte hexadecimal display\n" +
  " -L, --color[=<mode>]      interpret color formatting specifiers\n" +
  "                             colors are enabled by default\n" +
  " -e, --format <format>     format string to be used for displaying data\n" +
  " -f, --format-file <file>  file that contains format strings\n" +
  " -n, --length <length>     interpret only length bytes of input\n" +
  " -s, --skip <offset>       skip offset bytes from the beginning\n" +
  " -v, --no-squeezing        output identical lines\n" +
  "\n" +
  " -h, --help                display this help\n" +
  " -V, --version             display version\n" +
  "\n" +
  "Arguments:\n" +
  " <length> and <offset> arguments may be followed by the suffixes for\n" +
  "   GiB, TiB, PiB, EiB, ZiB, and YiB (the \"iB\" is optional)\n" +
  "\n" +
  "For more details see @PROG@(1).\n";
