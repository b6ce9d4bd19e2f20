# args: ["a", "--b c", "-", "--bare"]
echo "0=$0 #=$#"
for a in "$@"; do echo "[$a]"; done
