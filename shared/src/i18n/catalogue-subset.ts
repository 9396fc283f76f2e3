/** The surfaces a message id can belong to; an id with none of these prefixes is shared (Common). */
const SURFACES = ['bot-', 'app-', 'dash-', 'page-'] as const;

/**
 * A catalogue cut down to one app's messages: the shared ones and those of `surface` (e.g.
 * `app-`), so the Mini App does not ship the bot's and the dashboard's words. Comments and blank
 * lines go too; a message's continuation lines (indented, or variants) follow their message.
 */
export function catalogueSubset(source: string, surface: (typeof SURFACES)[number]): string {
  const out: string[] = [];
  let keep = false;
  for (const line of source.split('\n')) {
    const entry = /^(-?[a-zA-Z][\w-]*)\s*=/.exec(line);
    if (entry) {
      const id = entry[1] ?? '';
      keep = id.startsWith(surface) || !SURFACES.some((s) => id.startsWith(s));
    } else if (line.startsWith('#') || line.trim() === '') {
      // A comment or a blank line ends nothing inside a message that matters to Fluent here:
      // a blank line inside a multiline pattern is kept when its message is.
      if (line.startsWith('#')) continue;
    }
    if (keep) out.push(line);
  }
  return `${out.join('\n').trim()}\n`;
}

/**
 * A Vite plugin serving `*.ftl?raw` imports cut to one surface (see `catalogueSubset`): each
 * app's bundle holds only the messages it can show.
 */
export function catalogueSubsetPlugin(surface: (typeof SURFACES)[number]) {
  return {
    name: 'codepool-catalogue-subset',
    enforce: 'pre' as const,
    async load(id: string) {
      const [file, query] = id.split('?');
      if (!file?.endsWith('.ftl') || query !== 'raw') return null;
      const { readFile } = await import('node:fs/promises');
      return `export default ${JSON.stringify(catalogueSubset(await readFile(file, 'utf8'), surface))};`;
    },
  };
}
