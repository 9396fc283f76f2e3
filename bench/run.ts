// `npm run bench -- <name>` runs bench/<name>.ts. Benchmarks are not tests: each prints its
// figures and ends with one `RESULT <name> key=value…` line.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
  .map((f) => f.slice(0, -3));
const name = process.argv[2];

if (!name || !available.includes(name) || !existsSync(path.join(here, `${name}.ts`))) {
  console.error(`usage: npm run bench -- <${available.join(' | ')}>`);
  process.exit(2);
}
const bench = (await import(pathToFileURL(path.join(here, `${name}.ts`)).href)) as {
  run: (args: string[]) => Promise<void>;
};
await bench.run(process.argv.slice(3));
