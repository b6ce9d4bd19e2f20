echo first
if true; then
  echo x
