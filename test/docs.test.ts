/**
 * The documentation stays navigable and true to the code: every relative link and image in README.md and
 * docs/*.md points to a file that exists, every `#anchor` into a markdown file matches one of its headings (GitHub's
 * slug rules), the README links to every page in docs/, and the error-code table in docs/error-codes.md says what
 * common/errors.ts says. No servers: plain file reads.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ErrorCode, httpStatusFor, isErrorCode } from '../common';
import { BEGIN, END, ERROR_DOC, errorCodeComments, renderErrorTable } from '../scripts/error-codes';

const ROOT = join(__dirname, '..');
const DOCS = join(ROOT, 'docs');
const PAGES = [
  join(ROOT, 'README.md'),
  ...readdirSync(DOCS)
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(DOCS, name)),
];

/** The text without fenced code blocks and inline code spans, which hold examples, not links. */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[^]*?^\1[^\n]*$/gm, '').replace(/(`+)[^`\n]+?\1/g, '');
}

interface Link {
  page: string;
  target: string;
}

/** Inline links and images: `[text](target)` and `![alt](target)`, with an optional "title". */
function linksIn(page: string): Link[] {
  const text = prose(readFileSync(page, 'utf8'));
  return [...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => ({ page, target: match[1] ?? '' }));
}

/** GitHub's heading anchor: lower case, punctuation dropped, each space a hyphen, repeats numbered. */
export function githubSlug(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .trim()
    .toLowerCase();
  return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/** Every anchor a page offers: its headings' slugs (repeats numbered -1, -2, …) and explicit `<a id|name>`. */
function anchorsOf(page: string): Set<string> {
  const markdown = readFileSync(page, 'utf8');
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const withoutFences = markdown.replace(/^(```|~~~)[^\n]*\n[^]*?^\1[^\n]*$/gm, '');
  for (const [, heading] of withoutFences.matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const slug = githubSlug(heading ?? '');
    const count = seen.get(slug) ?? 0;
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
    seen.set(slug, count + 1);
  }
  for (const [, id] of markdown.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(id ?? '');
  return anchors;
}

const isExternal = (target: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(target);
const allLinks = PAGES.flatMap(linksIn);
const where = (link: Link): string => `${relative(ROOT, link.page)} → ${link.target}`;

describe('links in README.md and docs/*.md', () => {
  it('finds the pages and their links', () => {
    expect(PAGES.length).toBeGreaterThan(10);
    expect(allLinks.length).toBeGreaterThan(50);
  });

  it('every relative link and image points to a file that exists', () => {
    const broken = allLinks
      .filter((link) => !isExternal(link.target) && !link.target.startsWith('#'))
      .filter((link) => !existsSync(resolve(dirname(link.page), decodeURIComponent(link.target.split('#')[0] ?? ''))))
      .map(where);
    expect(broken).toEqual([]);
  });

  it('every #anchor into a markdown file matches a heading there', () => {
    const broken = allLinks
      .filter((link) => !isExternal(link.target) && link.target.includes('#'))
      .filter((link) => {
        const [path = '', anchor = ''] = link.target.split('#');
        const file = path === '' ? link.page : resolve(dirname(link.page), decodeURIComponent(path));
        return file.endsWith('.md') && existsSync(file) && !anchorsOf(file).has(decodeURIComponent(anchor));
      })
      .map(where);
    expect(broken).toEqual([]);
  });

  it('the README links to every page in docs/', () => {
    const fromReadme = new Set(
      linksIn(join(ROOT, 'README.md'))
        .filter((link) => !isExternal(link.target))
        .map((link) => resolve(ROOT, link.target.split('#')[0] ?? '')),
    );
    const unlinked = PAGES.filter((page) => page.startsWith(DOCS) && !fromReadme.has(page)).map((page) => relative(ROOT, page));
    expect(unlinked).toEqual([]);
  });

  it('every screenshot in docs/images/ is shown on some page', () => {
    const shown = new Set(
      allLinks.filter((link) => !isExternal(link.target)).map((link) => resolve(dirname(link.page), link.target.split('#')[0] ?? '')),
    );
    const images = readdirSync(join(DOCS, 'images')).map((name) => join(DOCS, 'images', name));
    expect(images.filter((image) => !shown.has(image)).map((image) => relative(ROOT, image))).toEqual([]);
  });

  it('computes anchors as GitHub does', () => {
    expect(githubSlug('Retention: `npm run log:purge`')).toBe('retention-npm-run-logpurge');
    expect(githubSlug("A citizen's inquiry")).toBe('a-citizens-inquiry');
    expect(githubSlug('Cases and roles: who works on a citizen’s case')).toBe('cases-and-roles-who-works-on-a-citizens-case');
    expect(githubSlug('Deny by default, at build time')).toBe('deny-by-default-at-build-time');
    expect(githubSlug('[Benchmarks](benchmarks.md) and SEED_CLIENTS')).toBe('benchmarks-and-seed_clients');
  });
});

describe('docs/error-codes.md against common/errors.ts', () => {
  const document = readFileSync(ERROR_DOC, 'utf8');
  const generated = document.slice(document.indexOf(BEGIN), document.indexOf(END) + END.length);
  const handWritten = document.slice(document.indexOf(END) + END.length);

  it('finds a doc comment slot for every code (the parser still understands errors.ts)', () => {
    expect([...errorCodeComments().keys()].sort()).toEqual(Object.keys(ErrorCode).sort());
  });

  it('the generated table is fresh: run `npm run docs:errors` when this fails', () => {
    expect(document.includes(BEGIN) && document.includes(END)).toBe(true);
    expect(generated).toBe(renderErrorTable());
  });

  it('lists exactly the codes of ErrorCode, each with the HTTP status httpStatusFor gives', () => {
    const rows = [...generated.matchAll(/^\| `([A-Z_]+)` \| (\d{3}) \|/gm)].map(([, code, status]) => [code, Number(status)]);
    expect(rows).toEqual(Object.values(ErrorCode).map((code) => [code, httpStatusFor(code)]));
  });

  it('the guidance below the table names only codes that exist, with 200 or the code’s own status', () => {
    const rows = handWritten.split('\n').filter((line) => line.startsWith('| `'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [codes = '', statuses = ''] = row.split(' | ');
      for (const [, code = ''] of codes.matchAll(/`([A-Z_]+)`/g)) {
        expect([code, isErrorCode(code)]).toEqual([code, true]);
        if (!isErrorCode(code)) continue;
        const allowed = [200, httpStatusFor(code)];
        const given = statuses.split('/').map((s) => Number(s.trim()));
        expect({ code, given: given.filter((status) => !allowed.includes(status)) }).toEqual({ code, given: [] });
      }
    }
  });
});
