x=$(printf 'a\n\n')
echo "[$x]"
y="$(printf '\n\nb')"
echo "[$y]"
z=$(printf '')
echo "[$z]"
