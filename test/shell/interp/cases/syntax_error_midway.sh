echo first
if then
echo never
