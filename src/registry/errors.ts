// Errors from the OCI distribution client: always name the image ref and, when one came back, the
// HTTP status, so a failing size lookup in a PR check says which image and why.
export class RegistryError extends Error {
  override readonly name = 'RegistryError';
  constructor(
    message: string,
    readonly ref: string,
    readonly status?: number,
  ) {
    super(`${ref}: ${message}${status !== undefined ? ` (HTTP ${status})` : ''}`);
  }
}
