// Findings as annotations on the exact lines (workflow commands: no checks: write permission needed).
import type { Finding } from '../model.js';

export interface AnnotationSink {
  error(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  notice(message: string, properties?: AnnotationProperties): void;
}

export interface AnnotationProperties {
  title: string;
  file: string;
  startLine: number;
  startColumn: number;
}

// GitHub shows at most 10 errors and 10 warnings per step; more are dropped. Errors go first so they survive.
export const ANNOTATION_LIMIT = 50;

export function annotate(findings: Finding[], sink: AnnotationSink, root: string): number {
  const prefix = root === '.' || root === '' ? '' : `${root.replace(/\/$/, '')}/`;
  const ordered = [...findings].sort((a, b) => rank(a) - rank(b));
  const shown = ordered.slice(0, ANNOTATION_LIMIT);
  for (const f of shown) {
    const properties = { title: `monopin ${f.rule}${f.package ? `: ${f.package}` : ''}`, file: `${prefix}${f.location.file}`, startLine: f.location.line, startColumn: f.location.column };
    if (f.severity === 'error') sink.error(f.message, properties);
    else if (f.severity === 'warning') sink.warning(f.message, properties);
    else sink.notice(f.message, properties);
  }
  return shown.length;
}

function rank(f: Finding): number {
  return f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2;
}
