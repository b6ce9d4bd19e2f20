for i; do echo "arg $i"; done
set -- p q
for i; do echo "arg $i"; done
for x in; do echo never; done
echo "x=${x-unset}"
