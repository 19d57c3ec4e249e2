// The check job, with no knowledge of where files come from or where results go:
// reader → load → workspace → checks → Report.
import type { Config } from './config.js';
import type { FileReader, Finding } from './model.js';
import { runChecks } from './checks/index.js';
import { diffFindings } from './checks/diff.js';
import { loadRepository } from './load.js';
import type { Report } from './report/types.js';
import { SCHEMA_VERSION } from './report/types.js';
import type { Workspace } from './model/types.js';
import { buildWorkspace } from './model/build.js';
import { buildInventory } from './model/inventory.js';
import { VERSION } from './version.js';

export interface ScanResult {
  workspace: Workspace;
  findings: Finding[];
}

export async function scanRepository(reader: FileReader, config: Config): Promise<ScanResult> {
  const loaded = await loadRepository(reader, {
    ignore: config.ignore,
    paths: config.paths,
    maxFileBytes: config.maxFileBytes,
    extraFiles: config.constraints ? [config.constraints] : [],
  });
  const workspace = buildWorkspace(loaded, config);
  return { workspace, findings: runChecks(workspace, config) };
}

export function buildReport(head: ScanResult, options: { root: string; base?: { ref: string; result: ScanResult } }): Report {
  const ws = head.workspace;
  const findings = head.findings;
  const packages = buildInventory(ws);
  const errorsByFile = new Map<string, Report['files'][number]['errors']>();
  for (const issue of ws.issues) {
    const list = errorsByFile.get(issue.location.file) ?? [];
    list.push({ line: issue.location.line, column: issue.location.column, message: issue.message });
    errorsByFile.set(issue.location.file, list);
  }
  const imageIds = new Map(ws.images.map((i) => [i.name, i.id]));
  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'monopin', version: VERSION },
    root: options.root,
    constraints: ws.constraintsFile,
    summary: {
      files: ws.files.length,
      projects: ws.projects.length,
      services: ws.services.length,
      rootServices: ws.services.filter((s) => s.project === '').length,
      images: ws.images.length,
      requirementFiles: ws.requirementFiles.size,
      packages: packages.length,
      requirements: ws.occurrences.length,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      notes: findings.filter((f) => f.severity === 'note').length,
    },
    files: ws.files.map((f) => ({ path: f.path, kind: f.kind, consumers: [...(ws.consumers.get(f.path) ?? [])], errors: errorsByFile.get(f.path) ?? [] })),
    requirements: ws.occurrences.map((o) => ({
      file: o.location.file,
      line: o.location.line,
      column: o.location.column,
      name: o.name,
      extras: o.extras,
      specifier: o.specifier,
      marker: o.marker,
      url: o.url,
      origin: o.origin,
      viaConstraint: o.viaConstraint,
    })),
    projects: ws.projects.map((p) => ({ id: p.id, dir: p.dir, files: p.files, services: p.services })),
    services: ws.services.map((s) => ({
      id: s.id,
      name: s.name,
      project: s.project,
      image: s.image,
      build: s.build,
      images: s.images,
      dependsOn: s.dependsOn,
      dependents: s.dependents,
      transitiveDependents: s.transitiveDependents,
      requirementFiles: s.requirementFiles,
    })),
    images: ws.images.map((i) => ({
      id: i.id,
      name: i.name,
      dockerfile: i.dockerfile,
      context: i.context,
      target: i.target,
      repository: i.repository,
      tags: i.tags,
      from: i.bases.map((b) => imageIds.get(b) ?? b),
      external: i.externalBases,
      services: i.services,
      requirementFiles: i.requirementFiles,
      governed: i.governed,
    })),
    ambiguities: ws.ambiguities,
    warnings: ws.warnings,
    packages,
    findings,
    skipped: ws.skipped,
  };
  if (options.base) {
    const d = diffFindings(options.base.result.findings, findings);
    report.diff = { base: options.base.ref, introduced: d.introduced, fixed: d.fixed, changed: d.changed, unchanged: d.unchanged.length };
  }
  return report;
}
