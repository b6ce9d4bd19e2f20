echo abc | tr a-z A-Z | rev
printf 'x\ny\n' | cat -n
echo "${PIPESTATUS[*]}"
