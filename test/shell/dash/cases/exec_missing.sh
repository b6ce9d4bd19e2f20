exec nosuch
echo after
