# Deleting picks the first rule matching what the command names.
ip rule add from 10.0.0.0/8 lookup 100 pref 100
ip rule add from 10.0.0.0/8 lookup 101 pref 100
ip rule add to 10.9.0.0/16 lookup 100 pref 200
ip rule add fwmark 5 lookup 102 pref 300
ip rule add fwmark 5/0xf lookup 102 pref 301
ip rule add iif lo lookup 103 pref 400
ip rule add not from 1.1.1.1 lookup 104 pref 500
ip rule
ip rule del lookup 100; echo "rc=$?"
ip rule
ip rule del from 10.0.0.0/8; echo "rc=$?"
ip rule del fwmark 5/0xf; echo "rc=$?"
ip rule del iif lo; echo "rc=$?"
ip rule del iif lo; echo "rc=$?"
ip rule del from 1.1.1.1; echo "rc=$?"
ip rule
ip rule del table 102; echo "rc=$?"
ip rule del unreachable; echo "rc=$?"
ip rule del pref 32766; echo "rc=$?"
ip rule
ip rule delete pref 32767
ip rule d pref 0
ip rule
