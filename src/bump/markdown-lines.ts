// Lines of a markdown body that are not inside a fenced code block: a quoted diff or command is not an answer.
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

export function linesOutsideFences(body: string): string[] {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of body.split(/\r\n|\r|\n/)) {
    const f = FENCE.exec(line);
    if (fence !== undefined) {
      if (f?.[1] && f[1][0] === fence[0] && f[1].length >= fence.length && line.trim() === f[1]) fence = undefined;
      continue;
    }
    if (f?.[1]) {
      fence = f[1];
      continue;
    }
    out.push(line);
  }
  return out;
}
