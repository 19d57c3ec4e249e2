// 0-based index of the line holding `offset`, given each line's start offset (sorted).
export function lineIndexOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Where each line starts: 0, then after every line feed. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of `offset`. */
export function toLineColumn(starts: readonly number[], offset: number): { line: number; column: number } {
  const index = lineIndexOf(starts, offset);
  return { line: index + 1, column: offset - starts[index]! + 1 };
}
