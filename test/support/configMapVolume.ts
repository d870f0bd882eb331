/**
 * A folder laid out and updated the way the kubelet does a ConfigMap volume (its atomic writer): the files live in a
 * timestamped folder, `..data` links to it, and each file name links through `..data`. An update writes a new
 * timestamped folder, links `..data_tmp` to it, renames that over `..data` (one atomic step) and removes the old
 * folder. The file's own name never changes, so only a watch on the folder sees an update.
 */
import { mkdirSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

let generation = 0;

function writeGeneration(folder: string, files: Record<string, string>): string {
  generation += 1;
  const name = `..2026_11_30_00_00_00.${process.pid}_${generation}`;
  mkdirSync(join(folder, name));
  for (const [file, content] of Object.entries(files)) writeFileSync(join(folder, name, file), content);
  return name;
}

/** A ConfigMap volume in `folder` (which must exist) holding `files`. */
export function createConfigMapVolume(folder: string, files: Record<string, string>): void {
  symlinkSync(writeGeneration(folder, files), join(folder, '..data'));
  for (const file of Object.keys(files)) symlinkSync(join('..data', file), join(folder, file));
}

/** The kubelet's update of that volume to `files` (the same file names). */
export function updateConfigMapVolume(folder: string, files: Record<string, string>): void {
  const previous = readlinkSync(join(folder, '..data'));
  symlinkSync(writeGeneration(folder, files), join(folder, '..data_tmp'));
  renameSync(join(folder, '..data_tmp'), join(folder, '..data'));
  rmSync(join(folder, previous), { recursive: true, force: true });
}
