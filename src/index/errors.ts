// The one error type of the index client: which package, which URL (never with credentials).

export class IndexError extends Error {
  readonly package: string;
  readonly url: string;
  /** HTTP status, when the index answered with one. */
  readonly status?: number;

  constructor(message: string, details: { package: string; url: string; status?: number; cause?: unknown }) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'IndexError';
    this.package = details.package;
    this.url = redactUrl(details.url);
    if (details.status !== undefined) this.status = details.status;
  }
}

/** The URL without `user:pass@`, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.username === '' && parsed.password === '') return url;
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
  } catch {
    return url.replace(/\/\/[^/@\s]*@/, '//');
  }
}
