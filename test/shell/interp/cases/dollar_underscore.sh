echo a b c
echo $_
: xyz
echo $_
