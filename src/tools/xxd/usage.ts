// xxd -h (xxd 2022-01-14, Debian 12): printed to stderr for -h and for bad usage, with the name run as.
export const XXD_USAGE =
  "Usage:\n" +
  "       @PROG@ [options] [infile [outfile]]\n" +
  "    or\n" +
  "       @PROG@ -r [-s [-]offset] [-c cols] [-ps] [infile [outfile]]\n" +
  "Options:\n" +
  "    -a          toggle autoskip: A single '*' replaces nul-lines. Default off.\n" +
  "    -b          binary digit dump (incompatible with -ps,-i,-r). Default hex.\n" +
  "    -C          capitalize variable names in C include file style (-i).\n" +
  "    -c cols     format <cols> octets per line. Default 16 (-i: 12, -ps: 30).\n" +
  "    -E          show characters in EBCDIC. Default ASCII.\n" +
  "    -e          little-endian dump (incompatible with -ps,-i,-r).\n" +
  "    -g bytes    number of octets per group in normal output. Default 2 (-e: 4).\n" +
  "    -h          print this summary.\n" +
  "    -i          output in C include file style.\n" +
  "    -l len      stop after <len> octets.\n" +
  "    -n name     set the variable name used in C include output (-i).\n" +
  "    -o off      add <off> to the displayed file position.\n" +
  "    -ps         output in postscript plain hexdump style.\n" +
  "    -r          reverse operation: convert (or patch) hexdump into binary.\n" +
  "    -r -s off   revert with <off> added to file positions found in hexdump.\n" +
  "    -d          show offset in decimal instead of hex.\n" +
  "    -s [+][-]seek  start at <seek> bytes abs. (or +: rel.) infile offset.\n" +
  "    -u          use upper case hex letters.\n" +
  "    -v          show version: \"xxd 2022-01-14 by Juergen Weigert et al.\".\n";
