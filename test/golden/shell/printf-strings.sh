# string ops / printf / read
ifname="veth-$(printf '%03d' 7)"
echo "$ifname ${#ifname}"
printf '%s\n' "${ifname:0:4}" "${ifname: -3}" "${ifname^}" "${ifname,,}"
ip link add "$ifname" type veth peer name "${ifname/veth/peer}"
ip -br link | awk '{print $1}' | sort
read -r a b c <<< "one two three four"
echo "a=$a b=$b c=$c"
IFS=: read -r u _ uid rest <<< "root:x:0:0:root:/root:/bin/bash"
echo "$u $uid"
printf '%5.2f|%-5s|%+d|%e|%g\n' 3.14159 ab 5 1234.5 0.0001
printf '%s=%s\n' k1 v1 k2 v2 k3
printf '%b\n' 'tab\there' 'nl\\n'
printf '%q\n' "a b" 'c$d' "e'f"
printf -v var '%04x' 255; echo "$var"
printf '%d\n' 0x1f 010 "'A"
printf '%d\n' abc; echo "rc=$?"
printf '%s %s\n' "only"
echo -e 'a\tb' ; echo -n "no newline"; echo
echo $'\x41\u00e9'
s="10.0.0.1"; IFS=. read -ra oct <<< "$s"; echo "${oct[3]} $(( (oct[0]<<24) + (oct[1]<<16) + (oct[2]<<8) + oct[3] ))"
n=$(( 0xffffff00 )); printf '%d.%d.%d.%d\n' $(( n>>24 & 255 )) $(( n>>16 & 255 )) $(( n>>8 & 255 )) $(( n & 255 ))
ip link del "$ifname"
