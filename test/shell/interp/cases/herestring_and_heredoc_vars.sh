v="multi word"
cat <<< "$v"
cat <<< $v
cat << END
$v and $((2+2)) and \$v and `echo bt`
END
cat <<"END"
$v literal
END
