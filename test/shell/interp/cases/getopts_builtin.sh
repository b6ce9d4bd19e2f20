parse() {
  local OPTIND opt
  while getopts "ab:c" opt; do
    case $opt in
      a) echo "flag a";;
      b) echo "b=$OPTARG";;
      c) echo "flag c";;
      \?) echo "bad";;
    esac
  done
  shift $((OPTIND-1))
  echo "rest: $*"
}
parse -a -b val -c x y
parse -ac -bfoo z
parse -x
parse -- -a
