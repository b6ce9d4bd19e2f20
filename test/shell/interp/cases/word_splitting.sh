x="a  b   c"
printf '[%s]\n' $x
printf '[%s]\n' "$x"
IFS=: ; y="1:2::3:"
printf '(%s)\n' $y
IFS=' :'; z=" 1 : 2 "
printf '{%s}\n' $z
IFS=; printf '<%s>\n' $x
unset IFS; printf '|%s|\n' $x
