printf '%-10s|%5d|%-5x|\n' name 42 255
printf '%s\n' "${a[@]-none}"
printf '%3$s %1$s %2$s\n' a b c 2>&1 | head -1
printf '%%|%c|%5.2f|%+d|% d\n' x 2.5 3 4
printf '%s %s\n' one
printf '\x41\101\u00e9\n'
