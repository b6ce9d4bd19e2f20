a="x y"
echo "[${a:+"$a"}]"
echo "${a/x/"q r"}"
b=("${a}" "z")
echo "${b[@]:0:1}"
echo "$(echo "$(echo "$a")")"
