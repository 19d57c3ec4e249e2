// Releases for the pins of test/fixtures/vulnerable-monorepo: the real version numbers of these projects.
import type { IndexRelease } from './package-index/build.js';

const DAY = 86_400_000;
const ago = (days: number): string => new Date(Date.now() - days * DAY).toISOString();

// Real version numbers of these projects; upload times chosen so the fix sits inside the 3-day cooldown.
export const VULNERABLE_UNIVERSE: IndexRelease[] = [
  { name: 'requests', version: '2.31.0', uploadTime: ago(400) },
  { name: 'requests', version: '2.32.0', uploadTime: ago(200) },
  { name: 'requests', version: '2.32.1', uploadTime: ago(190) },
  { name: 'requests', version: '2.32.2', uploadTime: ago(1) },
  { name: 'requests', version: '2.32.3', uploadTime: ago(1) },
  { name: 'aiohttp', version: '3.9.1', uploadTime: ago(400) },
  { name: 'aiohttp', version: '3.9.2', uploadTime: ago(300) },
  { name: 'aiohttp', version: '3.9.5', uploadTime: ago(100) },
  { name: 'jinja2', version: '3.1.2', uploadTime: ago(400) },
  { name: 'jinja2', version: '3.1.3', uploadTime: ago(300) },
  { name: 'jinja2', version: '3.1.4', uploadTime: ago(200) },
  { name: 'jinja2', version: '3.1.6', uploadTime: ago(30) },
  { name: 'urllib3', version: '2.0.7', uploadTime: ago(400) },
  { name: 'urllib3', version: '2.2.1', uploadTime: ago(300) },
  { name: 'urllib3', version: '2.2.2', uploadTime: ago(200) },
  { name: 'urllib3', version: '2.5.0', uploadTime: ago(30) },
  { name: 'fastapi', version: '0.115.6', uploadTime: ago(200) },
  { name: 'fastapi', version: '0.115.8', uploadTime: ago(60) },
];
