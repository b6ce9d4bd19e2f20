echo a
exit foo
echo b
