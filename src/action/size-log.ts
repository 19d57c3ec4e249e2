// The exact figures behind the size section, in the job log (the markdown rounds them to 0.1 MB).
import type { ImageSizeEstimate } from '../size/estimate.js';
import type { MeasuredSize } from '../size/measured.js';
import type { Runner } from './runner.js';

export function logSizes(runner: Pick<Runner, 'info'>, estimates: ImageSizeEstimate[], measured: MeasuredSize[]): void {
  for (const r of estimates) runner.info(`${r.image}: ${r.deltaBytes} installed bytes, ${r.deltaCompressedBytes} compressed (${r.bytesFetched} bytes read)`);
  for (const m of measured) runner.info(`${m.image}: ${m.deltaCompressedBytes} compressed bytes measured (${m.before?.ref ?? 'new'} → ${m.after.ref})`);
}
