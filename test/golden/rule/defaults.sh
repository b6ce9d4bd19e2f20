# The three default rules of a new namespace in every listing format.
ip rule
echo "rc=$?"
ip rule show
ip rule list
ip rule lst
ip -d rule show
ip -j rule show
ip -j -p rule list
ip rule show pref 32766
ip rule show table local
ip rule show lookup default
ip rule show from all
ip rule show not
