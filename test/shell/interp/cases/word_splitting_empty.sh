e=""
printf '[%s]\n' $e "$e" ${e} x$e
set -- 
printf '(%s)\n' "$@" "${@}"
echo "count: $#"
a=()
printf '<%s>\n' "${a[@]}"
echo done
