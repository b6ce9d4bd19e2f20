# sysfs/procfs loops
ip link add sa type veth peer name sb
ip link set sa up
for d in /sys/class/net/*; do
  n=${d##*/}
  printf '%-4s %-6s %s\n' "$n" "$(cat "$d/operstate")" "$(cat "$d/mtu")"
done
ls /sys/class/net | sort | tr '\n' ' '; echo
ls -1 /sys/class/net/ | wc -l
basename /sys/class/net/sa; dirname /sys/class/net/sa/mtu
readlink /sys/class/net/lo | sed 's#.*/net/#net/#'
[ -e /sys/class/net/sa/master ] && echo has-master || echo no-master
[ -d /sys/class/net/sb ] && echo "sb exists"
awk 'NR>2 {sub(":", "", $1); print $1}' /proc/net/dev | sort
grep -c . /proc/net/dev
cat /proc/sys/net/ipv4/ip_forward
echo 1 > /proc/sys/net/ipv4/ip_forward; cat /proc/sys/net/ipv4/ip_forward
test -r /proc/net/route && head -1 /proc/net/route | awk '{print $1, $2, $3}'
while IFS= read -r line; do echo "[$line]"; done < /sys/class/net/sa/address | sed 's/[0-9a-f][0-9a-f]/XX/g'
cat /sys/class/net/nosuch/mtu; echo "rc=$?"
ip link del sa
