: ${var:=set-by-colon}
echo $var
: > created.txt; ls created.txt
