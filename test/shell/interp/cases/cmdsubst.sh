x=$(echo hello)
echo "$x" $(echo a b) "$(echo a   b)"
y=`echo back`; echo $y
echo "$(printf 'a\n\n\n')" end
z=$(echo one; echo two); echo "$z"
echo $(echo $(echo nested))
n=$(exit 3); echo $?
echo "$(false)$?"
