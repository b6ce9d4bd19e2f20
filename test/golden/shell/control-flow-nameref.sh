# control flow
for ((i = 0; i < 5; i++)); do
  (( i == 1 )) && continue
  (( i == 4 )) && break
  echo "i=$i"
done
n=0; until [ $n -ge 3 ]; do n=$((n + 1)); done; echo "n=$n"
for ns in a b c; do
  ip netns add "t$ns" || break
done
ip netns list | sort
count=0
for ns in $(ip netns list | awk '{print $1}'); do
  case $ns in
    ta) echo "skip $ns"; continue ;;
    t[bc]) count=$((count+1)) ;;
  esac
  ip netns exec "$ns" ip link set lo up
done
echo "count=$count"
f() { local -n ref=$1; ref+=(added); }
arr=(x); f arr; echo "${arr[@]}"
g() { echo "args=$# first=$1 all=$@"; shift 2; echo "after shift: $*"; }
g 1 2 3 4
declare -i num=5; num+=10; echo $num
declare -r CONST=1; CONST=2; echo "rc=$?"
readonly -p | grep -c CONST
declare -f g | head -2
unset -f g; g 2>&1; echo "rc=$?"
select x in a b; do break; done < /dev/null; echo "select rc=$?"
ip netns list | cut -d' ' -f1 | while read -r ns; do ip netns del "$ns"; done
ip netns list | wc -l
echo "${PIPESTATUS[@]}"
