// PEP 503 name normalization and PEP 508 name validity.

const NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;

export function normalizeName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

export function isValidName(name: string): boolean {
  return NAME.test(name);
}
