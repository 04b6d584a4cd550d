/** The names a `--published SOURCE=DATE` key may use for an input: its id, path, file name, absolute path. */
import path from 'node:path';

export function sourceKeys(source: { id: string; path: string }): string[] {
  return [source.id, source.path, path.basename(source.path), path.resolve(source.path)];
}
