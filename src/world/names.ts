// Names of hosts and switches in a world: hostname(1)'s rule, since a host's
// name is its hostname: labels of letters, digits and '-', joined by dots, at
// most 64 characters.

export function validHostName(name: string): boolean {
  return name.length <= 64 && /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/.test(name);
}
