:
true; echo $?
echo ''
echo """"
echo a''b
x=; echo "[$x]" [$x]
echo $nonexistent
echo "${nonexistent}"
