# Run as ping6, iputils' messages carry that name; IPv6 option/target errors.
ping6 -c 1 ::1; echo "rc=$?"
ping6 -c 1 -Z ::1; echo "rc=$?"
ping6 -c 0 ::1; echo "rc=$?"
ping6; echo "rc=$?"
ip link set lo up
ping6 -c 1 -I nosuch ::1; echo "rc=$?"
ping -6 -c 1 -I ::1 ::1; echo "rc=$?"
ping -6 -c 1 -I 2001:db8::5 ::1; echo "rc=$?"
ping -6 -c 1 -t 1 ::1; echo "rc=$?"
