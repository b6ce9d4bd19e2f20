ip netns add m
ip -n m link add a1 type veth peer name a2
ip -n m link add b1 type veth peer name b2
readarray -t devs < <(ip -n m -o link | awk -F': ' '{print $2}' | cut -d@ -f1)
echo "${#devs[@]}: ${devs[*]}"
mapfile -t -s 1 -n 2 two < <(ip -n m -o link | awk -F': ' '{print $2}')
printf '<%s>\n' "${two[@]}"
echo "${devs[@]:1:2}" "${devs[@]: -1}"
echo "${devs[@]/#/dev-}"
echo "${devs[*]^^}"
printf -v joined '%s,' "${devs[@]}"; echo "${joined%,}"
IFS=,; echo "${devs[*]}"; unset IFS
v="it's"; echo "${v@Q}" "${devs[0]@Q}"
declare -A seen=()
for d in "${devs[@]}"; do seen[${d:0:1}]=$(( ${seen[${d:0:1}]:-0} + 1 )); done
for k in $(echo "${!seen[@]}" | tr ' ' '\n' | sort); do echo "$k=${seen[$k]}"; done
[[ -v seen[a] ]] && echo "has a"; [[ -v seen[z] ]] || echo "no z"
[[ " ${devs[*]} " == *" b1 "* ]] && echo "b1 listed"
read -t 0.1 -r line < <(sleep 1; echo late) || echo "read timed out rc=$?"
fact() { local n=$1; (( n <= 1 )) && { echo 1; return; }; echo $(( n * $(fact $((n-1))) )); }; fact 10
s=$(printf '%s\n' "${devs[@]}" | sort -r | head -1); echo "$s"
ip netns del m
