echo ${nosuch?}
echo after
