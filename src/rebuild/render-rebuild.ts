// The rebuild plan as markdown for the bump PR body. Pure; names from the repository are escaped.
import { codeSpan, escapeMarkdown } from '../report/escape.js';
import type { RebuildMatrix } from './matrix.js';
import type { ImageBuildResult } from './runner.js';
import type { TouchResult } from './touched.js';

export function renderRebuildSection(matrix: RebuildMatrix, touch: TouchResult): string {
  if (matrix.include.length === 0) return '### Base images\n\nNo image installs a bumped package: nothing to rebuild.';
  const direct = new Set(touch.images.filter((i) => i.direct).map((i) => i.name));
  const lines = [`### Images to rebuild (${matrix.include.length}, in ${matrix.waves.length} waves, \`FROM\` order)`, ''];
  matrix.waves.forEach((wave, i) => {
    const names = wave.map((e) => `${codeSpan(e.image)}${direct.has(e.image) ? '' : ' (base changed)'}`);
    lines.push(`${i + 1}. ${names.join(', ')}`);
  });
  const cascades = touch.cascades.filter((c) => matrix.include.some((e) => e.image === c.name));
  if (cascades.length > 0) {
    lines.push('', '**Cascade:** these base images `COPY` the whole constraints file, so every bump rebuilds them and every image built on them:');
    for (const c of cascades) lines.push(`- ${codeSpan(c.name)} (${escapeMarkdown(c.dockerfile)}:${c.line}) — ${escapeMarkdown(c.fix.text)}`);
  }
  lines.push('', 'Tags: `<image>:<date>` beside `latest`; the `rebuild-matrix` output drives a `strategy.matrix` per wave.');
  return lines.join('\n');
}

/** What the built-in runner did, per image in build order; `failure` when it stopped early. */
export function renderRebuildResults(results: ImageBuildResult[], options: { pushed: boolean; failure?: string }): string {
  const lines = ['#### Rebuild', ''];
  if (results.length > 0) {
    lines.push(`| image | build | cached steps | ${options.pushed ? 'pushed' : 'tags'} |`, '|---|---:|---:|---|');
    for (const r of results) {
      const push = options.pushed && r.pushSeconds > 0 ? ` (push ${r.pushSeconds.toFixed(1)} s)` : '';
      lines.push(`| ${codeSpan(r.image, { table: true })} | ${r.seconds.toFixed(1)} s${push} | ${r.cachedSteps}/${r.totalSteps} | ${r.tags.map((t) => codeSpan(t, { table: true })).join(' ')} |`);
    }
  }
  if (options.failure !== undefined) lines.push('', `**The rebuild failed:**`, '', '```text', options.failure.replace(/```/g, "'''").replace(/<!--/g, '< !--'), '```');
  return lines.join('\n');
}
