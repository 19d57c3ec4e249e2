// Releases for every pin of the demo monorepo's constraints, a few newer ones, and the dependencies that tie them.
import type { IndexRelease } from './package-index/build.js';

const DAY = 86_400_000;
const ago = (days: number): string => new Date(Date.now() - days * DAY).toISOString();

export const DEMO_UNIVERSE: IndexRelease[] = [
  { name: 'fastapi', version: '0.115.6', requiresDist: ['starlette<0.42,>=0.40', 'pydantic>=1.7'], uploadTime: ago(200) },
  { name: 'fastapi', version: '0.115.8', requiresDist: ['starlette<0.46,>=0.40', 'pydantic>=1.7'], uploadTime: ago(60) },
  { name: 'fastapi', version: '0.116.0', requiresDist: ['starlette<0.48,>=0.46', 'pydantic>=1.7'], uploadTime: ago(20) },
  { name: 'starlette', version: '0.41.3', uploadTime: ago(200) },
  { name: 'starlette', version: '0.45.3', uploadTime: ago(60) },
  { name: 'starlette', version: '0.46.0', uploadTime: ago(20) },
  { name: 'uvicorn', version: '0.32.1', uploadTime: ago(200) },
  { name: 'uvicorn', version: '0.34.0', uploadTime: ago(30) },
  { name: 'pydantic', version: '2.10.4', requiresDist: ['pydantic-core==2.27.2'], uploadTime: ago(200) },
  { name: 'pydantic', version: '2.11.0', requiresDist: ['pydantic-core==2.33.0'], uploadTime: ago(30) },
  { name: 'pydantic-core', version: '2.27.2', uploadTime: ago(200) },
  { name: 'pydantic-core', version: '2.33.0', uploadTime: ago(30) },
  { name: 'httpx', version: '0.28.1', uploadTime: ago(200) },
  { name: 'httpx', version: '0.29.0', uploadTime: ago(30) },
  { name: 'requests', version: '2.32.3', uploadTime: ago(200) },
  { name: 'requests', version: '2.32.4', uploadTime: ago(1) },
  { name: 'aiohttp', version: '3.11.10', uploadTime: ago(200) },
  { name: 'aiohttp', version: '3.11.11', uploadTime: ago(30) },
  { name: 'celery', version: '5.4.0', requiresDist: ['redis>=4.5; extra == "redis"'], uploadTime: ago(200) },
  { name: 'redis', version: '5.2.1', uploadTime: ago(200) },
  { name: 'redis', version: '5.3.0', uploadTime: ago(30) },
  { name: 'numpy', version: '2.1.3', requiresPython: '>=3.10', uploadTime: ago(200) },
  { name: 'numpy', version: '2.3.0', requiresPython: '>=3.13', uploadTime: ago(30) },
  // Large enough that the bump's estimated size delta shows: +1 MB installed.
  { name: 'openai', version: '1.57.4', requiresDist: ['httpx<1,>=0.23'], uploadTime: ago(200), payloadBytes: 2_000_000 },
  { name: 'openai', version: '1.58.0', requiresDist: ['httpx<1,>=0.23'], uploadTime: ago(30), payloadBytes: 3_000_000 },
  { name: 'tiktoken', version: '0.8.0', uploadTime: ago(200) },
  { name: 'cryptography', version: '44.0.0', uploadTime: ago(200) },
  { name: 'cryptography', version: '44.0.1', uploadTime: ago(40), yanked: 'broken wheel' },
  { name: 'cryptography', version: '44.0.2', uploadTime: ago(30) },
  { name: 'pyjwt', version: '2.10.1', uploadTime: ago(200) },
];

