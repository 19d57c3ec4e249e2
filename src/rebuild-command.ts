// `monopin rebuild` planning: the waves of images to rebuild, as text or as the JSON the issue
// documents (`{ "waves": [[{ "image", "dockerfile", "context", "tags" }]] }`). Pure: no docker here.
import type { Config } from './config.js';
import { rebuildMatrix } from './rebuild/matrix.js';
import { touchedImages, type TouchResult, type TouchedImage } from './rebuild/touched.js';
import { rebuildWaves } from './rebuild/waves.js';
import { normalizeName } from './pep/name.js';
import { escapeTerminal } from './report/escape.js';
import { plural } from './report/text.js';
import { imageGraph, type Workspace } from './model/types.js';

/**
 * @param changedPackages rebuild only the images these packages touch (and the cascade); all images when absent
 * @param sha commit for a `{sha}` tag format
 * @throws ImageCycleError, MissingBaseError, TagFormatError
 */
export async function runRebuild(options: {
  workspace: Workspace;
  config: Config;
  format: 'text' | 'json';
  changedPackages?: string[];
  now: Date;
  sha?: string;
}): Promise<string> {
  return renderRebuild(planRebuild(options), options);
}

/** The plan as text, or as the documented JSON. */
export function renderRebuild(plan: RebuildPlan, options: { config: Config; format: 'text' | 'json'; changedPackages?: string[] }): string {
  const { config } = options;
  const { graph, touch, waves, matrix } = plan;
  const warnings = rebuildWarnings(plan.workspace);
  if (options.format === 'json') return `${JSON.stringify({ waves: matrix.waves, warnings, ambiguities: plan.workspace.ambiguities }, null, 2)}\n`;

  const touched = new Map(touch.images.map((i) => [i.name, i]));
  const inCascade = new Set(touch.cascades.flatMap((c) => c.invalidates));
  const byName = new Map(graph.nodes.map((n) => [n.name, n]));
  const count = matrix.include.length;
  const lines = [
    `Rebuild ${plural(count, 'image')} in ${plural(waves.length, 'wave')} · ${config.platform} · ${config.cache} cache`,
  ];
  if (options.changedPackages) {
    const changed = [...new Set(options.changedPackages.map(normalizeName))].sort();
    lines.push(changed.length > 0 ? `Changed packages: ${changed.join(', ')}` : 'Changed packages: none');
  }
  matrix.waves.forEach((wave, i) => {
    lines.push('', `wave ${i + 1}`);
    for (const entry of wave) {
      const node = byName.get(entry.image)!;
      const marks: string[] = [];
      if (node.inferred) marks.push('inferred');
      if (entry.push === false) marks.push('not pushed');
      const t = touched.get(entry.image);
      if (options.changedPackages ? t?.cascade && !t.direct : inCascade.has(entry.image)) marks.push('cascade');
      lines.push(`  ${entry.image}  ${entry.dockerfile}  (context ${entry.context})${marks.length > 0 ? `  [${marks.join(', ')}]` : ''}`);
      lines.push(`    tags: ${entry.tags.join(', ')}`);
      if (options.changedPackages && t) lines.push(`    why: ${why(t)}`);
    }
  });
  lines.push(...cascadeSection(touch, options.changedPackages !== undefined));
  if (warnings.length > 0) lines.push('', 'Warnings:', ...warnings.map((w) => `  ${escapeTerminal(w)}`));
  return `${lines.join('\n')}\n`;
}

export type RebuildPlan = ReturnType<typeof planRebuild>;

/**
 * The images to rebuild (all, or those `changedPackages` and `changedFiles` touch, plus the cascade),
 * in waves, with their matrix.
 */
export function planRebuild(options: { workspace: Workspace; config: Config; changedPackages?: string[]; changedFiles?: string[]; now: Date; sha?: string }) {
  const graph = imageGraph(options.workspace);
  const touch = touchedImages({ workspace: options.workspace, graph, changedPackages: options.changedPackages ?? [], changedFiles: options.changedFiles ?? [] });
  const only = options.changedPackages || options.changedFiles ? touch.images.map((i) => i.name) : undefined;
  const waves = rebuildWaves(graph, { only });
  const matrix = rebuildMatrix({ waves, config: options.config, now: options.now, sha: options.sha });
  return { workspace: options.workspace, graph, touch, waves, matrix };
}

/** What the plan could only guess, and the image names it will not push under: one line each, the same in text and JSON. */
export function rebuildWarnings(workspace: Workspace): string[] {
  const names = workspace.modelIssues.map((i) => `${i.location.file}:${i.location.line}: ${i.rule}: ${i.message}`);
  return [...names, ...workspace.warnings];
}

function why(t: TouchedImage): string {
  const parts: string[] = [];
  for (const r of t.reasons) {
    if (r.kind === 'installs') parts.push(`installs ${r.package} (${r.file}:${r.line})`);
    else if (r.kind === 'file-changed') parts.push(`${r.file} changed`);
    else if (r.kind === 'base') parts.push(`built FROM ${r.base}`);
    else parts.push(`COPYs the whole constraints file (${r.file}, line ${r.line})`);
  }
  return parts.join('; ');
}

function cascadeSection(touch: TouchResult, changedOnly: boolean): string[] {
  const relevant = changedOnly ? touch.cascades.filter((c) => touch.images.some((i) => i.name === c.name)) : touch.cascades;
  if (relevant.length === 0) return [];
  const lines = ['', 'Cascade:'];
  for (const c of relevant) {
    lines.push(`  ${c.reason}.`, `  Fix: ${c.fix.text}`);
    if (c.fix.content !== '') lines.push(`  ${c.fix.file}:`, ...c.fix.content.trimEnd().split('\n').map((l) => `    ${l}`));
  }
  return lines;
}
