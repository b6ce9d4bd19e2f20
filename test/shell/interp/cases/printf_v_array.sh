printf -v 'arr[2]' '%s' val
echo "${arr[2]}"
printf -v 1bad x
echo "st=$?"
