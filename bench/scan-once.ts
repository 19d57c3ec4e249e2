// One measured scan+check in a fresh process, so peak memory belongs to this size alone.
import { createFsReader } from '../src/adapters/fs-reader.js';
import { resolveConfig } from '../src/config.js';
import { buildReport, scanRepository } from '../src/scan.js';

const root = process.argv[2]!;
const config = resolveConfig({ constraints: 'docker/base/requirements-constraints.txt' });
const started = performance.now();
const result = await scanRepository(createFsReader(root), config);
const report = buildReport(result, { root });
const ms = performance.now() - started;
process.stdout.write(
  JSON.stringify({
    ms,
    files: report.summary.files,
    requirements: report.summary.requirements,
    findings: report.findings.length,
    model: { projects: report.summary.projects, services: report.summary.services, images: report.summary.images, requirementFiles: report.summary.requirementFiles },
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
