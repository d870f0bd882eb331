/**
 * The partners' typed client ships on its own: no file under client/ imports anything outside it but packages,
 * and its generated copy of the error codes says what common/errors.ts says. Plain file reads, no servers.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as ts from 'typescript';
import { ErrorCode as ClientErrorCode } from '../client';
import { ErrorCode } from '../common';

const CLIENT = join(__dirname, '..', 'client');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry) ? [path] : [];
  });
}

describe('the typed client', () => {
  it('imports only its own files and packages (static, dynamic and re-exports)', () => {
    const outside: string[] = [];
    for (const file of sourceFiles(CLIENT)) {
      for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
        const local = fileName.startsWith('.') || fileName.startsWith('/');
        if (local && relative(CLIENT, resolve(dirname(file), fileName)).startsWith('..'))
          outside.push(`${relative(CLIENT, file)} → ${fileName}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('has the same error codes as the server', () => {
    expect(ClientErrorCode).toEqual(ErrorCode);
  });
});
