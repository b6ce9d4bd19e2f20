echo "$(echo "a
b")"
echo $(echo "a
b")
x=$(cat <<EOF
heredoc in subst
EOF
)
echo "$x"
echo `echo \`echo inner\``
