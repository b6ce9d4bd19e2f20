# bash names the script file in its own messages.
nosuchcommand
echo "status $?"
