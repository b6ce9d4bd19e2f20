unset u; e=
echo "1:${u-def}" "2:${u:-def}" "3:${e-def}" "4:${e:-def}"
echo "5:${u+alt}" "6:${u:+alt}" "7:${e+alt}" "8:${e:+alt}"
echo "9:${u=assigned}" "$u"
echo "10:${e:=filled}" "$e"
v=set; echo "11:${v:-no}" "12:${v:+yes}"
