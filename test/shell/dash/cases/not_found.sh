echo start
foo
echo "status $?"
nosuchcmd arg; echo $?
