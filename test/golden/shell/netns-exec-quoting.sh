# ip netns exec with quoting and nested shells
ip netns add q
ip netns exec q bash -c 'ip link set lo up && ip -br addr show lo | awk "{print \$1, \$3}"'
ip netns exec q sh -c "echo \$0 is sh; exit 4"; echo "rc=$?"
ip netns exec q bash -c 'for i in 1 2; do echo "$i:$(ip netns identify)"; done'
ip netns exec q bash <<'EOF'
echo "heredoc shell in $(ip netns identify)"
ip -o link | wc -l
exit 3
EOF
echo "rc=$?"
cmd="ip -br link"
ip netns exec q $cmd | awk '{print $1}'
ip netns exec q bash -c "$cmd | wc -l"
ip netns exec q env FOO=bar bash -c 'echo $FOO'
ip netns exec q bash -c 'echo "$1-$2"' _ one two
echo 'ip -br link show lo' | ip netns exec q bash
ip netns exec q bash -c 'set -u; echo $nope'; echo "rc=$?"
ip netns exec q bash -c 'exit'; echo "rc=$?"
ip netns exec q bash -c 'kill -TERM $$'; echo "rc=$?"
ip netns exec q timeout 0.3 sleep 1; echo "rc=$?"
ip netns del q
