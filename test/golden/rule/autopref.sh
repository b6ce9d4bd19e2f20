# Rules added without a priority get one below the second rule's (the first
# after "0: lookup local"); same-priority rules go after the existing ones.
ip rule add lookup 10
ip rule add lookup 11
ip rule add lookup 12 pref 32765
ip rule add lookup 13 pref 100
ip rule add lookup 14
ip rule add lookup 15 pref 1
ip rule add lookup 16
ip rule add lookup 17
ip rule
ip rule del pref 0
ip rule add lookup 18
ip rule
ip rule add lookup local pref 0
ip rule
