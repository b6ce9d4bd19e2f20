usage() { echo "usage: $0 [-n NS] [-a ADDR] [-v]" >&2; exit 2; }
parse() {
  local OPTIND opt
  while getopts ":n:a:v" opt; do
    case $opt in
      n) ns=$OPTARG ;;
      a) addr=$OPTARG ;;
      v) verbose=1 ;;
      :) echo "option -$OPTARG needs an argument" ;;
      \?) echo "bad option -$OPTARG" ;;
    esac
  done
  shift $((OPTIND-1))
  echo "ns=${ns:-} addr=${addr:-} v=${verbose:-0} rest=$*"
}
parse -n red -a 10.1.1.1/24 -v extra args
parse -x -n
getopts "ab" o -b; echo "o=$o rc=$?"
ip netns add red
case "$(ip netns list)" in
  *red*) echo found red ;;
  *) echo none ;;
esac
ip -n red addr add 10.1.1.1/24 dev lo
ip -n red link set lo up
ip -n red -4 -o addr | awk '$2=="lo" {split($4,a,"/"); print a[1], a[2]}'
ip -n red route | while read -r dst _ dev _; do echo "route $dst via-dev $dev"; done
ip netns del red
