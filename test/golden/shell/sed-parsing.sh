# sed-heavy
c=$(mktemp)
ip netns add sd
ip -n sd link add vx type veth peer name vy
ip -n sd addr add 192.168.50.1/24 dev vx
ip -n sd link show vx | sed -n '1s/^[0-9]*: \([^@:]*\).*mtu \([0-9]*\).*/\1 mtu=\2/p'
ip -n sd addr show vx | sed -n 's/^ *inet \([0-9.]*\)\/\([0-9]*\).*/ip=\1 len=\2/p'
ip -n sd addr show vx | sed '/inet6\|valid_lft/d'
ip -n sd link | sed -E 's/<[^>]*>/<FLAGS>/; s/ +/ /g' | head -3
ip -n sd link | sed -n '/vx/{n;p}'
ip -n sd link | sed '=' | head -4
ip -n sd link | sed 'y/abc/ABC/' | head -1
echo "10.0.0.1" | sed 's/\./\\./g'
echo "a.b.c" | sed 's/\./-/2'
echo "eth0 eth1" | sed 's/eth\([0-9]\)/if\1/g'
echo "hello" | sed 's/x/y/; t; s/h/H/'
printf 'l1\nl2\nl3\n' | sed -n '2,$p'; printf 'l1\nl2\nl3\n' | sed '$!N;s/\n/+/'
printf 'key=1\nother=2\n' > "$c"; sed -i 's/^key=.*/key=9/' "$c"; cat "$c"
sed -i.bak '1d' "$c"; cat "$c" "$c".bak
sed 's/a/b' "$c"; echo "rc=$?"
sed -n /tmp/nofile; echo "rc=$?"
sed --posix -E 's/(a|b)+/X/' <<< "abab"
printf 'a\nb\n' | sed -e '1i\' -e 'header' -e '$a footer'
ip netns del sd
rm -f "$c" "$c.bak"
