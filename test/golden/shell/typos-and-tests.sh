# command-not-found / syntax / typos
ipp link; echo "rc=$?"
ip lnik; echo "rc=$?"
ip link ad foo type veth; echo "rc=$?"
ip -4 adr; echo "rc=$?"
iptables -L INPUTT; echo "rc=$?"
ping; echo "rc=$?"
ping -c; echo "rc=$?"
ip link set; echo "rc=$?"
echo "${x:-default} ${y:=assigned} $y"
[ -z "$unset" ] && echo empty
[ "$a" == "b" ] || echo "not b"
[ 1 -gt ]; echo "rc=$?"
test -f /etc/passwd && echo has-passwd
[[ -n $HOME && -d /proc ]] && echo both
x=5; [[ $x -lt 10 && $x > 3 ]] && echo "cmp ok"
(( x++ )); echo $x
echo $(( x ** 2 )) $(( 10 % 3 )) $(( (x+1) * 2 ))
echo $((08))
echo after
