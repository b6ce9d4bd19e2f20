# /var/run is a symlink to /run: the tutorials' `ls /var/run/netns`.
ls -ld /var/run | cut -c1-10,42-
ip netns add red
ip netns add blue
ls /var/run/netns
ls /run/netns
ls -l /var/run/netns | cut -c1-11
stat -c "%A %s %n" /run/netns/blue
ip netns del red
ls /var/run/netns/
