# ip rule save / restore: the binary dump (magic 0x71706986, then the kernel's
# RTM_NEWRULE messages; seq and portid left out as they vary). Restore sends
# NLM_F_CREATE without NLM_F_EXCL: the rules come back twice, and rule 0 (saved
# without FRA_PRIORITY) gets a new priority.
msgs() {
  local b=($(od -An -tu1 -v "$1")) i=4 n
  echo "magic ${b[*]:0:4}"
  while [ $i -lt ${#b[@]} ]; do
    n=$(( b[i] + b[i+1]*256 ))
    [ $n -ge 16 ] || break
    echo "len=$n type=$(( b[i+4] + b[i+5]*256 )) flags=$(( b[i+6] + b[i+7]*256 )): ${b[*]:i+16:n-16}"
    i=$((i+n))
  done
}
ip link add v0 type veth peer name v1
ip rule add from 10.1.0.0/16 table 7 pref 100
ip rule add fwmark 3/0xff iif v0 lookup 8
ip rule add to 10.2.0.0/16 oif v1 goto 32766 pref 200
ip rule add ipproto tcp dport 80-90 sport 1000 uidrange 10-20 prohibit
ip rule add tos 0x10 suppress_prefixlength 0 table main protocol static
ip rule save > /tmp/ru; echo "rc=$?"
msgs /tmp/ru
ip rule save foo; echo "rc=$?"
ip rule restore < /tmp/ru; echo "rc=$?"
ip rule
ip rule flush
ip rule
ip rule restore < /tmp/ru; echo "rc=$?"
ip rule
cat /tmp/ru | ip rule restore; echo "rc=$?"
echo garbage | ip rule restore; echo "rc=$?"
head -c 40 /tmp/ru | ip rule restore; echo "rc=$?"
ip -6 rule add from 2001:db8::/32 table 6 pref 10
ip -6 rule save > /tmp/r6; echo "rc=$?"
msgs /tmp/r6
ip -6 rule flush; ip -6 rule restore < /tmp/r6; echo "rc=$?"
ip -6 rule
