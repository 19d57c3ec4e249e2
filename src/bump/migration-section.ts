// The bump PR's pointer to the migration order: the services its pins reach, in depends_on waves
// (dependencies first), so reviewers know which services to roll out first. Pure.
import type { MigrationOrder } from '../model/migration-order.js';
import type { Workspace } from '../model/types.js';
import { escapeMarkdown } from '../report/escape.js';
import { plural } from '../report/text.js';

const WAVES_SHOWN = 10;
const NAMES_PER_WAVE = 8;

/** Services that install a file naming one of `packages` (the central file included), or build one of `images`. */
export function servicesReached(ws: Pick<Workspace, 'services' | 'images' | 'occurrences' | 'consumers'>, packages: readonly string[], images: readonly string[]): Set<string> {
  const names = new Set(packages);
  const ids = new Set(ws.services.map((s) => s.id));
  const reached = new Set<string>();
  const files = new Set(ws.occurrences.filter((o) => names.has(o.name)).map((o) => o.location.file));
  for (const file of files) for (const label of ws.consumers.get(file) ?? []) if (ids.has(label)) reached.add(label);
  for (const s of ws.services) if (s.requirementFiles.some((f) => files.has(f))) reached.add(s.id);
  const touched = new Set(images);
  for (const image of ws.images) if (touched.has(image.name)) for (const s of image.services) if (ids.has(s)) reached.add(s);
  return reached;
}

/** A short "Migration order" section: the reached services wave by wave, the most depended-on first; '' when none. */
export function renderMigrationSection(order: MigrationOrder, reached: ReadonlySet<string>): string {
  const waves = order.waves.map((wave) => wave.filter((s) => reached.has(s.service))).filter((wave) => wave.length > 0);
  if (waves.length === 0) return '';
  const count = waves.reduce((n, w) => n + w.length, 0);
  const lines = [
    '### Migration order',
    '',
    `The ${plural(count, 'service')} these pins reach, in ${plural(waves.length, 'wave')} by compose \`depends_on\` (dependencies first, the most depended-on first). ` +
      '`monopin order` prints every service with its dependents, images and open findings.',
    '',
  ];
  waves.slice(0, WAVES_SHOWN).forEach((wave, i) => {
    const names = wave.slice(0, NAMES_PER_WAVE).map((s) => `${escapeMarkdown(s.service)}${s.transitiveDependents > 0 ? ` (${plural(s.transitiveDependents, 'dependent')})` : ''}`);
    if (wave.length > NAMES_PER_WAVE) names.push(`+${wave.length - NAMES_PER_WAVE} more`);
    lines.push(`${i + 1}. ${names.join(', ')}`);
  });
  if (waves.length > WAVES_SHOWN) lines.push('', `_…and ${plural(waves.length - WAVES_SHOWN, 'more wave')}: \`monopin order\`._`);
  return `${lines.join('\n')}\n`;
}
