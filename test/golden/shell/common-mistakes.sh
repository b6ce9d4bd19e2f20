# common mistakes: quoting, missing args, wrong paths
ns=
ip netns add $ns; echo "rc=$?"
ip netns add "$ns"; echo "rc=$?"
ip netns exec; echo "rc=$?"
ip netns exec nosuch ip link; echo "rc=$?"
ip -n nosuch link; echo "rc=$?"
dev="veth 0"; ip link add $dev type veth; echo "rc=$?"
ip link add "$dev" type veth; echo "rc=$?"
ip link add name toolongname1234567 type veth; echo "rc=$?"
cat /etc/nonexistent 2>&1 | sed 's/^/err: /'
ls /nonexistent; echo "rc=$?"
cd /nonexistent; echo "rc=$?"
echo "unterminated $(echo ok)"
x=5 y=; [ $y -eq 5 ]; echo "rc=$?"
[ "$y" -eq 5 ]; echo "rc=$?"
[[ $y -eq 5 ]]; echo "rc=$?"
(( y == 0 )) && echo "empty is 0"
echo $(( 5 / y )) ; echo "rc=$?"
arr=(1 2 3); echo $arr ${arr} ${arr[5]:-none}
unset nosuchvar; echo "rc=$?"
exit 42
