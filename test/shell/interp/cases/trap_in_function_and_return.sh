f() { trap 'echo "leaving f"' RETURN; echo in-f; }
f
trap 'echo exit-trap' EXIT
trap - EXIT
echo done
